/** `GET /console` (the staff console's page) and `GET /console/console.js` (its bundle, built by `packages/console`). */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';

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

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Frontdesk console</title>
<meta name="robots" content="noindex">
</head>
<body>
<div id="app"><noscript>The Frontdesk console needs JavaScript.</noscript></div>
<script src="/console/console.js" defer></script>
</body>
</html>
`;

interface Loaded {
  body: string;
  etag: string;
  mtimeMs: number;
}

/** Reads the bundle again when the file changes (a rebuild), answering 304 to a matching ETag. */
function bundleHandler(file: string): (ifNoneMatch: string | undefined) => Response {
  let loaded: Loaded | undefined;
  return (ifNoneMatch) => {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(file).mtimeMs;
    } catch {
      return new Response('/* Frontdesk: the console is not built; run `npm run build`. */\n', {
        status: 503,
        headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' },
      });
    }
    if (!loaded || loaded.mtimeMs !== mtimeMs) {
      const body = readFileSync(file, 'utf8');
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
      loaded = { body, etag, mtimeMs };
    }
    const headers = {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'no-cache',
      ETag: loaded.etag,
      'X-Content-Type-Options': 'nosniff',
    };
    if (ifNoneMatch === loaded.etag) return new Response(null, { status: 304, headers });
    return new Response(loaded.body, { headers });
  };
}

/** The console's page and bundle; the page is public, the data behind it needs a staff token. */
export function consoleRoutes(file: string = CONSOLE_BUNDLE): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const bundle = bundleHandler(file);
  const page = () => new Response(PAGE, { headers: PAGE_HEADERS });
  routes.get('/console', page);
  routes.get('/console/', page);
  routes.get('/console/console.js', (context) => bundle(context.req.header('if-none-match')));
  return routes;
}
