/** Imports a website into a knowledge folder: one article per page, keeping the page's URL, stale pages removed. */
import { deleteArticle, writeArticle } from './article-file.js';
import { type CrawlOptions, crawlWebsite } from './website-crawl.js';

export interface ImportResult {
  imported: { slug: string; url: string }[];
  removed: string[];
  skipped: { url: string; reason: string }[];
}

/**
 * Crawls and writes every page as `web/{host}/{path}.md` with `url` set to the page, so answers
 * link to where they came from. Importing again re-syncs: changed pages are rewritten and pages of
 * that host no longer found are deleted (only when the crawl found at least one page).
 */
export async function importWebsite(
  dir: string,
  existingSlugs: readonly string[],
  options: CrawlOptions,
): Promise<ImportResult> {
  const crawl = await crawlWebsite(options);
  const prefix = `web/${slugPart(options.start.host)}/`;
  const imported: ImportResult['imported'] = [];
  for (const page of crawl.pages) {
    const slug = `${prefix}${pathSlug(new URL(page.url))}`;
    if (imported.some((entry) => entry.slug === slug)) continue;
    await writeArticle(dir, slug, { title: page.title, markdown: page.markdown, url: page.url }, 'upsert');
    imported.push({ slug, url: page.url });
  }
  const removed: string[] = [];
  if (imported.length > 0) {
    const kept = new Set(imported.map((entry) => entry.slug));
    for (const slug of existingSlugs) {
      if (slug.startsWith(prefix) && !kept.has(slug)) {
        await deleteArticle(dir, slug);
        removed.push(slug);
      }
    }
  }
  return { imported, removed, skipped: crawl.skipped };
}

function pathSlug(url: URL): string {
  const parts = `${url.pathname}${url.search}`
    .split(/[/?&=]+/)
    .map(slugPart)
    .filter((part) => part !== '');
  return parts.length === 0 ? 'index' : parts.join('/');
}

function slugPart(text: string): string {
  return text
    .toLowerCase()
    .replace(/\.(?:html?|php|aspx?)$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
