/**
 * `GET /widget.js`: the built widget loader, revalidated by ETag so sites pick up new versions;
 * `GET /widget.js?chunk=<name>.<hash>`: a lazily loaded part of it (the panel, a language), from
 * widget/dist/chunks/. A chunk's name holds its content hash, so it is cached as immutable.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type StaticBundle, staticBundle } from '@frontdesk/http/static-bundle';
import type { Context } from 'hono';

/** `widget/dist/widget.js` of this repository, found from this file (src and dist are equally deep). */
export const WIDGET_BUNDLE = fileURLToPath(new URL('../../../widget/dist/widget.js', import.meta.url));

/** `panel.Ab3_x-9`, `de.Zz0…`: a chunk name, never a path. */
const CHUNK_NAME = /^[a-z]{2,12}\.[A-Za-z0-9_-]{6,40}$/;

/**
 * Serves the bundle. The URL in a site's script tag never changes, so it cannot be cached as
 * immutable: a short max-age plus an ETag keeps repeat visits to a 304. A rebuilt file is
 * noticed by its modification time.
 */
export function widgetScript(file: string = WIDGET_BUNDLE): (context: Context) => Response {
  // Sites with cross-origin isolation still may load it.
  const crossOrigin = { 'Cross-Origin-Resource-Policy': 'cross-origin' };
  const bundle = staticBundle(file, {
    name: 'the widget',
    headers: { 'Cache-Control': 'public, max-age=300, stale-while-revalidate=86400', ...crossOrigin },
  });
  const chunks = new Map<string, StaticBundle>();
  return (context) => {
    const chunk = context.req.query('chunk');
    if (chunk === undefined) return bundle(context.req.raw);
    if (!CHUNK_NAME.test(chunk)) return context.text('Unknown widget chunk.', 404);
    let serve = chunks.get(chunk);
    if (!serve) {
      serve = staticBundle(join(file, '..', 'chunks', `${chunk}.js`), {
        name: `the widget chunk ${chunk}`,
        headers: { 'Cache-Control': 'public, max-age=31536000, immutable', ...crossOrigin },
      });
      // Only chunks that exist are remembered, so guessed names cannot grow the map.
      if (serve.version()) chunks.set(chunk, serve);
      else return context.text('Unknown widget chunk.', 404);
    }
    return serve(context.req.raw);
  };
}
