/**
 * `GET /console` (the staff console's page), `GET /console/console.js` (its entry module, built by
 * `packages/console`) and `GET /console/chunks/*.js` (one chunk per screen, loaded when opened).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';
import { describe, publicGet } from '../openapi/helpers.js';
import { FAVICON_LINK } from '../pages/favicon.js';
import { type StaticBundle, staticBundle } from '../static-bundle.js';
import { previewScript, widgetPreview } from './widget-preview.js';

/** What a built chunk is called: `name-hash.js`, nothing that could walk out of the folder. */
const CHUNK_NAME = /^[A-Za-z0-9_-]{1,100}\.js$/;

/** `packages/console/dist/console.js`, found from this file (src and dist are equally deep). */
export const CONSOLE_BUNDLE = fileURLToPath(new URL('../../../console/dist/console.js', import.meta.url));

/** The app runs only our own script, talks only to this server, and may not be framed. */
const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-src 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/**
 * The page loads the entry module by its plain address (no `?v=`): the chunks import it by that
 * address, and one address keeps one instance of each module. The ETag makes reloads cheap.
 */
const page = () => `<!doctype html>
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
<script type="module" src="/console/console.js"></script>
</body>
</html>
`;

/** The console's page and bundle; the page is public, the data behind it needs a staff token. */
export function consoleRoutes(file: string = CONSOLE_BUNDLE): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const bundle = staticBundle(file, { name: 'the console', headers: { 'Cache-Control': 'no-cache' } });
  const answerPage = () => new Response(page(), { headers: PAGE_HEADERS });
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
  routes.get(
    '/console/preview',
    describe(
      publicGet(
        'consolePreview',
        "The widget screen's live preview: the real widget on a blank page",
        'text/html',
      ),
    ),
    widgetPreview,
  );
  routes.get(
    '/console/preview.js',
    describe(publicGet('consolePreviewScript', "Keeps the previewed widget's panel open", 'text/javascript')),
    previewScript,
  );
  // Chunk names carry their content hash, so each may be cached for good.
  const chunks = new Map<string, StaticBundle>();
  routes.get('/console/chunks/:name', describeChunk, (context) => {
    const name = context.req.param('name');
    if (!CHUNK_NAME.test(name)) return context.notFound();
    let chunk = chunks.get(name);
    if (!chunk) {
      chunk = staticBundle(join(dirname(file), 'chunks', name), {
        name: `the console chunk ${name}`,
        headers: { 'Cache-Control': 'public, max-age=31536000, immutable' },
      });
      if (chunk.version() === undefined) return context.notFound();
      chunks.set(name, chunk);
    }
    return chunk(context.req.raw);
  });
  return routes;
}

const describeBundle = describe({
  ...publicGet(
    'consoleScript',
    "The staff console's entry script: gzip or brotli from Accept-Encoding, revalidated by its ETag",
    'text/javascript',
  ),
  responses: {
    '200': { description: 'The script.', content: { 'text/javascript': { schema: { type: 'string' } } } },
    '304': { description: 'Not modified since the `If-None-Match` ETag.' },
  },
});

const describeChunk = describe({
  ...publicGet(
    'consoleChunk',
    'One screen of the staff console, loaded when it opens; its name carries its content hash, so it is cached for good',
    'text/javascript',
  ),
  parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string' } }],
  responses: {
    '200': { description: 'The chunk.', content: { 'text/javascript': { schema: { type: 'string' } } } },
    '304': { description: 'Not modified since the `If-None-Match` ETag.' },
    '404': { description: 'No such chunk.' },
  },
});
