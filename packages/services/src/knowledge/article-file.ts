/** An API-managed article as a markdown file with front matter, in a bot's knowledge folder. */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConflictError, NotFoundError, ValidationError } from '@frontdesk/core';
import { stringify } from 'yaml';
import { z } from 'zod';

/** Lower-case words joined by `-`, optionally in folders (`de/reset-your-password`). */
export const slugSchema = z
  .string()
  .max(200)
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/,
    'lower-case words joined by "-", folders by "/"',
  );

/** The fields of an article besides its slug; unknown fields are refused. */
export const articleFieldsSchema = z.strictObject({
  title: z.string().trim().min(1).max(300),
  markdown: z.string().max(200_000),
  summary: z.string().trim().min(1).max(1000).optional(),
  tags: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
  lang: z
    .string()
    .regex(/^[a-z]{2}$/, 'a two-letter language code, e.g. "de"')
    .optional(),
  translationOf: slugSchema.optional(),
  url: z.string().trim().min(1).max(2000).optional(),
});

export type ArticleFields = z.output<typeof articleFieldsSchema>;

/** The file of `slug` inside `folder`; the slug's pattern keeps it inside. */
export function articlePath(folder: string, slug: string): string {
  const file = path.resolve(folder, `${slug}.md`);
  if (!file.startsWith(path.resolve(folder) + path.sep))
    throw new ValidationError('slug: must stay inside the folder');
  return file;
}

/** The markdown file text: YAML front matter, then the body. */
export function articleFileText(fields: ArticleFields): string {
  const frontMatter: Record<string, unknown> = { title: fields.title };
  if (fields.url) frontMatter.url = fields.url;
  if (fields.summary) frontMatter.summary = fields.summary;
  if (fields.tags?.length) frontMatter.tags = fields.tags;
  if (fields.lang) frontMatter.lang = fields.lang;
  if (fields.translationOf) frontMatter.translation_of = fields.translationOf;
  return `---\n${stringify(frontMatter).trimEnd()}\n---\n\n${fields.markdown.trim()}\n`;
}

/** Writes the article; `mode` `create` refuses an existing slug (409), `replace` a missing one (404), `upsert` neither. */
export async function writeArticle(
  folder: string,
  slug: string,
  fields: ArticleFields,
  mode: 'create' | 'replace' | 'upsert',
): Promise<void> {
  const file = articlePath(folder, slug);
  const exists = await readFile(file).then(
    () => true,
    () => false,
  );
  if (mode === 'create' && exists) throw new ConflictError(`slug: article ${slug} exists already`);
  if (mode === 'replace' && !exists) throw new NotFoundError(`article ${slug} not found`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, articleFileText(fields), 'utf8');
}

/** Deletes the article's file; 404 when there is none. */
export async function deleteArticle(folder: string, slug: string): Promise<void> {
  const file = articlePath(folder, slug);
  try {
    await rm(file);
  } catch {
    throw new NotFoundError(`article ${slug} not found`);
  }
}
