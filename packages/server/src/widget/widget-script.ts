/** `GET /widget.js`: the built widget bundle, revalidated by ETag so sites pick up new versions. */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Context } from 'hono';

/** `widget/dist/widget.js` of this repository, found from this file (src and dist are equally deep). */
export const WIDGET_BUNDLE = fileURLToPath(new URL('../../../../widget/dist/widget.js', import.meta.url));

interface Loaded {
  body: string;
  etag: string;
  mtimeMs: number;
}

/**
 * Serves the bundle. The URL in a site's script tag never changes, so it cannot be cached as
 * immutable: a short max-age plus an ETag keeps repeat visits to a 304. A rebuilt file is
 * noticed by its modification time.
 */
export function widgetScript(file: string = WIDGET_BUNDLE): (context: Context) => Response {
  let loaded: Loaded | undefined;
  return (context) => {
    let mtimeMs: number;
    try {
      mtimeMs = statSync(file).mtimeMs;
    } catch {
      return new Response('/* Frontdesk: the widget is not built; run `npm run build`. */\n', {
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
      'Cache-Control': 'public, max-age=300, stale-while-revalidate=86400',
      ETag: loaded.etag,
      // Sites with cross-origin isolation still may load it.
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'X-Content-Type-Options': 'nosniff',
    };
    if (context.req.header('if-none-match') === loaded.etag)
      return new Response(null, { status: 304, headers });
    return new Response(loaded.body, { headers });
  };
}
