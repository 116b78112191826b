/** `GET /favicon.ico`: the speech-bubble icon every page links to, with an ETag and a day of caching. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';
import { describe } from '../openapi/helpers.js';

/** `packages/server/assets/favicon.ico`, found from this file (src and dist are equally deep). */
export const FAVICON_FILE = fileURLToPath(new URL('../../assets/favicon.ico', import.meta.url));

/** The `<link>` each page puts in its head. */
export const FAVICON_LINK = '<link rel="icon" href="/favicon.ico" sizes="32x32">';

/** The route; the icon is read once, at start. */
export function faviconRoutes(file: string = FAVICON_FILE): Hono<AppEnv> {
  const body = readFileSync(file);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`;
  const headers = {
    'Content-Type': 'image/x-icon',
    ETag: etag,
    'Cache-Control': 'public, max-age=86400',
    'X-Content-Type-Options': 'nosniff',
  };
  const routes = new Hono<AppEnv>();
  routes.get('/favicon.ico', describeFavicon, (context) => {
    if (context.req.header('if-none-match') === etag) return new Response(null, { status: 304, headers });
    return new Response(body, { headers });
  });
  return routes;
}

const describeFavicon = describe({
  operationId: 'favicon',
  summary: 'The icon every page links to',
  security: [],
  responses: {
    '200': {
      description: 'The icon.',
      content: { 'image/x-icon': { schema: { type: 'string', contentMediaType: 'image/x-icon' } } },
    },
    '304': { description: 'Not modified since the `If-None-Match` ETag.' },
  },
});
