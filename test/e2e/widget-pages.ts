// Pages for the widget's browser tests: a host page at the test server's origin holding the
// widget's script tag (and whatever else a test puts in its body), with every request logged.
import type { Browser, Page } from 'playwright-core';
import type { TestServer } from './harness.js';

export interface HostPage {
  page: Page;
  /** `METHOD path?query` of every request the page made, in order. */
  requests: string[];
  /** Errors thrown on the page and console errors. */
  errors: string[];
}

export interface HostPageOptions {
  /** The script tag's attributes; `data-bot="demo"` by default. */
  attributes?: string;
  lang?: string;
  /** HTML before the script tag. */
  body?: string;
  /** A script run before the widget's, e.g. to set `window.FrontdeskSettings`. */
  before?: string;
  viewport?: { width: number; height: number };
  /** The host page's path on the test server; `/host-page` by default. */
  path?: string;
  /** Runs before the page loads, e.g. to route requests. */
  prepare?: (page: Page) => Promise<void>;
}

export async function openHostPage(
  browser: Browser,
  server: TestServer,
  options: HostPageOptions = {},
): Promise<HostPage> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    requests.push(`${request.method()} ${url.pathname}${url.search}`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico'))
      errors.push(message.text());
  });
  const before = options.before ? `<script>${options.before}</script>` : '';
  const path = options.path ?? '/host-page';
  await page.route(`${server.url}${path}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="${options.lang ?? 'en'}"><head><meta charset="utf-8"><title>Host</title></head>
<body><h1>Host page</h1>${options.body ?? ''}${before}
<script src="/widget.js" ${options.attributes ?? 'data-bot="demo"'} async></script></body></html>`,
    }),
  );
  await options.prepare?.(page);
  await page.goto(`${server.url}${path}`);
  await page.locator('[data-frontdesk-widget]').first().waitFor({ state: 'attached' });
  return { page, requests, errors };
}

/** Whether the page requested the panel chunk or a language chunk (`panel`, `ar`, …). */
export const chunkRequested = (requests: string[], name: string) =>
  requests.some((line) => line.startsWith(`GET /widget.js?chunk=${name}.`));

/** Everything the page stored: localStorage and sessionStorage keys, and cookies. */
export async function storedBy(page: Page): Promise<{ local: string[]; session: string[]; cookies: number }> {
  const keys = await page.evaluate(() => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    cookie: document.cookie,
  }));
  const cookies = (await page.context().cookies()).length;
  return { local: keys.local, session: keys.session, cookies: cookies + (keys.cookie ? 1 : 0) };
}
