/** `GET /console` (the staff console's page) and `GET /console/console.js` (its bundle, built by `packages/console`). */
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';
import { describe, publicGet } from '../openapi/helpers.js';
import { FAVICON_LINK } from '../pages/favicon.js';
import { staticBundle } from '../static-bundle.js';

/** `packages/console/dist/console.js`, found from this file (src and dist are equally deep). */
export const CONSOLE_BUNDLE = fileURLToPath(new URL('../../../console/dist/console.js', import.meta.url));

/** The app runs only our own script, talks only to this server, and may not be framed. */
const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/** The page names the bundle by its version, so the browser keeps it until the next build. */
const page = (version: string | undefined) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Frontdesk console</title>
<meta name="robots" content="noindex">
${FAVICON_LINK}
</head>
<body>
<div id="app"><noscript>The Frontdesk console needs JavaScript.</noscript></div>
<script src="/console/console.js${version ? `?v=${version}` : ''}" defer></script>
</body>
</html>
`;

/** The console's page and bundle; the page is public, the data behind it needs a staff token. */
export function consoleRoutes(file: string = CONSOLE_BUNDLE): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const bundle = staticBundle(file, { name: 'the console', headers: { 'Cache-Control': 'no-cache' } });
  const answerPage = () => new Response(page(bundle.version()), { headers: PAGE_HEADERS });
  routes.get(
    '/console',
    describe(
      publicGet('console', 'The staff console (it asks for a token); also at `/console/`', 'text/html'),
    ),
    answerPage,
  );
  // The same page; left out of the document, whose paths have no trailing slash.
  routes.get(
    '/console/',
    describe({ ...publicGet('consoleSlash', 'The staff console', 'text/html'), hide: true }),
    answerPage,
  );
  routes.get('/console/console.js', describeBundle, (context) => bundle(context.req.raw));
  return routes;
}

const describeBundle = describe({
  ...publicGet(
    'consoleScript',
    "The staff console's script: gzip or brotli from Accept-Encoding, an ETag, and immutable caching under `?v=<version>`",
    'text/javascript',
  ),
  responses: {
    '200': { description: 'The script.', content: { 'text/javascript': { schema: { type: 'string' } } } },
    '304': { description: 'Not modified since the `If-None-Match` ETag.' },
  },
});
