/** Plain server-rendered HTML: escaping, one shared layout, and the headers every page is sent with. */
import { escapeHtml } from '@frontdesk/services/markdown/escape-html';
import { FAVICON_LINK } from './favicon.js';

export { escapeHtml };

/** No scripts, no frames, no outside requests: the pages are documents, not apps. */
const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

const STYLE = `
  :root { color-scheme: light dark; --accent: #2f6feb; --muted: #6b7280; --code: rgba(127,127,127,.12); }
  * { box-sizing: border-box; }
  body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
  header { border-bottom: 1px solid var(--code); padding: .75rem 1.25rem; }
  header a { color: inherit; font-weight: 600; text-decoration: none; margin-right: 1rem; }
  main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
  a { color: var(--accent); }
  h1 { line-height: 1.25; }
  h2, h3 { margin-top: 2rem; }
  code, pre { font: 14px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--code); border-radius: 4px; }
  code { padding: .1em .3em; }
  pre { padding: 1rem; overflow-x: auto; }
  pre code { padding: 0; background: none; }
  .muted { color: var(--muted); }
  ul.articles { list-style: none; padding: 0; }
  ul.articles li { margin: 0 0 1rem; }
  table { border-collapse: collapse; } td, th { border: 1px solid var(--code); padding: .3rem .6rem; }
`;

/** A whole page around `body` (already HTML); `title` is escaped here. */
export function renderPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${FAVICON_LINK}
<style>${STYLE}</style>
</head>
<body>
<header><a href="/">Frontdesk</a><a href="/kb">Knowledge base</a><a href="/openapi.json">API description</a></header>
<main>
${body}
</main>
</body>
</html>
`;
}

/** An HTML response with the page headers. */
export function htmlResponse(html: string, status = 200): Response {
  return new Response(html, { status, headers: PAGE_HEADERS });
}
