/** Crawls a website (from a page, or a sitemap) within limits, honouring robots.txt, and extracts each page's main content. */

import { createRequire } from 'node:module';
import { outboundFetch } from '@frontdesk/outbound';

/** robots-parser is CommonJS with a default-export typing NodeNext cannot call; required directly. */
const robotsParser = createRequire(import.meta.url)('robots-parser') as (
  url: string,
  text: string,
) => { isAllowed(url: string, userAgent?: string): boolean | undefined };

export const CRAWLER_USER_AGENT = 'FrontdeskBot/0.1 (+https://github.com/frontdesk)';

export interface CrawlOptions {
  start: URL;
  /** `sitemap`: the start URL is a sitemap whose pages are read (no links followed). */
  kind: 'page' | 'sitemap';
  maxPages: number;
  /** Links followed from the start page, at most this many clicks deep. */
  maxDepth: number;
  /** Pages fetched at once; polite by default. */
  concurrency?: number;
  timeoutMs?: number;
  /** Larger pages are skipped. */
  maxBytes?: number;
}

export interface CrawledPage {
  url: string;
  title: string;
  markdown: string;
}

export interface CrawlResult {
  pages: CrawledPage[];
  skipped: { url: string; reason: string }[];
}

/** Crawls the start URL's host only; pages robots.txt disallows for our user agent are skipped. */
export async function crawlWebsite(options: CrawlOptions): Promise<CrawlResult> {
  const concurrency = options.concurrency ?? 2;
  const origin = options.start.origin;
  const robots = await loadRobots(origin, options);
  const seen = new Set<string>();
  const result: CrawlResult = { pages: [], skipped: [] };
  let queue: { url: string; depth: number }[] = [];

  if (options.kind === 'sitemap') {
    const xml = await fetchText(options.start.href, options, /xml|text\/plain/);
    for (const location of xml.match(/<loc>\s*([^<\s]+)\s*<\/loc>/g) ?? []) {
      const url = normalise(location.replace(/<\/?loc>/g, '').trim(), origin);
      if (url) queue.push({ url, depth: options.maxDepth });
    }
  } else {
    queue.push({ url: normalise(options.start.href, origin) ?? options.start.href, depth: 0 });
  }

  while (queue.length > 0 && result.pages.length < options.maxPages) {
    const batch = queue.filter(({ url }) => !seen.has(url)).slice(0, concurrency);
    queue = queue.filter((item) => !batch.includes(item) && !seen.has(item.url));
    if (batch.length === 0) break;
    for (const { url } of batch) seen.add(url);
    const pages = await Promise.all(
      batch.map(async ({ url, depth }) => {
        if (robots && robots.isAllowed(url, CRAWLER_USER_AGENT) === false) {
          result.skipped.push({ url, reason: 'disallowed by robots.txt' });
          return;
        }
        try {
          const html = await fetchText(url, options, /text\/html|application\/xhtml/);
          const page = await extractPage(url, html);
          if (depth < options.maxDepth) {
            for (const link of page.links) if (!seen.has(link)) queue.push({ url: link, depth: depth + 1 });
          }
          if (page.markdown.trim() === '') result.skipped.push({ url, reason: 'no main content' });
          else return { url, title: page.title, markdown: page.markdown };
        } catch (error) {
          result.skipped.push({ url, reason: error instanceof Error ? error.message : String(error) });
        }
        return undefined;
      }),
    );
    for (const page of pages) if (page && result.pages.length < options.maxPages) result.pages.push(page);
  }
  return result;
}

async function loadRobots(origin: string, options: CrawlOptions) {
  const robotsUrl = `${origin}/robots.txt`;
  try {
    const response = await outboundFetch(robotsUrl, {
      headers: { 'User-Agent': CRAWLER_USER_AGENT },
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    // No robots.txt (404) allows everything.
    return response.ok ? robotsParser(robotsUrl, await response.text()) : undefined;
  } catch {
    return undefined;
  }
}

async function fetchText(url: string, options: CrawlOptions, type: RegExp): Promise<string> {
  // The outbound client: the address policy on the resolved IP, same-host redirects only.
  const response = await outboundFetch(url, {
    headers: { 'User-Agent': CRAWLER_USER_AGENT, Accept: 'text/html,application/xml;q=0.9' },
    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const contentType = response.headers.get('content-type') ?? '';
  if (!type.test(contentType)) throw new Error(`not a page (${contentType || 'no content type'})`);
  const text = await response.text();
  if (Buffer.byteLength(text) > (options.maxBytes ?? 2 * 1024 * 1024)) throw new Error('page too large');
  return text;
}

/** The page's title, main content as markdown (Readability) and same-host links. */
async function extractPage(
  url: string,
  html: string,
): Promise<{ title: string; markdown: string; links: string[] }> {
  // Imported on the first crawl, not at start.
  const [{ Readability }, { parseHTML }, { NodeHtmlMarkdown }] = await Promise.all([
    import('@mozilla/readability'),
    import('linkedom'),
    import('node-html-markdown'),
  ]);
  const { document } = parseHTML(html);
  const origin = new URL(url).origin;
  const links = [...document.querySelectorAll('a[href]')]
    .map((anchor) => normalise(anchor.getAttribute('href') ?? '', url, origin))
    .filter((link): link is string => link !== undefined);
  const article = new Readability(document as never).parse();
  const title = article?.title?.trim() || document.title?.trim() || url;
  const markdown = article?.content ? NodeHtmlMarkdown.translate(article.content).trim() : '';
  return { title, markdown, links: [...new Set(links)] };
}

/** An absolute http(s) URL on `origin` without its fragment, or undefined. */
function normalise(href: string, base: string, origin = new URL(base).origin): string | undefined {
  try {
    const url = new URL(href, base);
    if (url.origin !== origin || !/^https?:$/.test(url.protocol)) return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}
