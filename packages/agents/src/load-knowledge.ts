/** Reads a folder of markdown help articles (YAML front matter + body) into articles and sections. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from './article.js';
import { FrontMatterError, parseFrontMatter } from './front-matter.js';
import { openingTitle, splitSections } from './sections.js';

/** The language of an article whose front matter does not name one. */
const DEFAULT_LANGUAGE = 'en';

export interface LoadKnowledgeOptions {
  /** Told about each file that was skipped, and why; the other files still load. */
  onWarning?: (message: string) => void;
}

/**
 * Reads every `*.md` file under `dir` (recursively, skipping hidden folders and node_modules),
 * sorted by slug. A file whose front matter cannot be used is skipped with a warning; a folder
 * that cannot be read at all rejects.
 */
export async function loadKnowledge(dir: string, options: LoadKnowledgeOptions = {}): Promise<Article[]> {
  const warn = options.onWarning ?? (() => {});
  const files = (await listMarkdownFiles(dir, '', warn)).sort();
  const loaded = await Promise.all(files.map((file) => readArticle(dir, file)));
  const articles: Article[] = [];
  // Warnings in file order, whichever file was read first.
  for (const result of loaded) {
    if (typeof result === 'string') warn(result);
    else if (result !== null) articles.push(result);
  }
  return articles.sort((left, right) => (left.slug < right.slug ? -1 : left.slug > right.slug ? 1 : 0));
}

/** Builds an article from a file's text; throws a FrontMatterError when the front matter is unusable. */
export function parseArticle(slug: string, source: string): Article {
  const { attributes, body } = parseFrontMatter(source);
  const title = attributes.title ?? openingTitle(body) ?? titleFromSlug(slug);
  return {
    slug,
    title,
    url: attributes.url ?? defaultUrl(slug),
    summary: attributes.summary,
    tags: attributes.tags,
    lang: attributes.lang ?? DEFAULT_LANGUAGE,
    translationKey: attributes.translationOf ?? slug,
    markdown: body,
    sections: splitSections(body, { slug, title }),
  };
}

/** The article, a warning saying why the file was skipped, or null to skip it quietly. */
async function readArticle(dir: string, file: string): Promise<Article | string | null> {
  const slug = file.replace(/\.md$/i, '');
  let source: string;
  try {
    source = await readFile(path.join(dir, file), 'utf8');
  } catch (error) {
    // A file removed while the folder is being read is not worth a warning.
    return errorCode(error) === 'ENOENT' ? null : `Skipped ${file}: ${describe(error)}`;
  }
  try {
    return parseArticle(slug, source);
  } catch (error) {
    if (!(error instanceof FrontMatterError)) throw error;
    return `Skipped ${file}: ${error.message}`;
  }
}

async function listMarkdownFiles(
  root: string,
  relative: string,
  warn: (message: string) => void,
): Promise<string[]> {
  const entries = await readdir(path.join(root, relative), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) {
      try {
        files.push(...(await listMarkdownFiles(root, child, warn)));
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') warn(`Skipped folder ${child}: ${describe(error)}`);
      }
    } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) {
      files.push(child);
    }
  }
  return files;
}

function defaultUrl(slug: string): string {
  return `/kb/${slug.split('/').map(encodeURIComponent).join('/')}`;
}

function titleFromSlug(slug: string): string {
  const words = (slug.split('/').pop() ?? slug).replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
