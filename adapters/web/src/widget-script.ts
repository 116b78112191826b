/** `GET /widget.js`: the built widget bundle, revalidated by ETag so sites pick up new versions. */
import { fileURLToPath } from 'node:url';
import { staticBundle } from '@frontdesk/http/static-bundle';
import type { Context } from 'hono';

/** `widget/dist/widget.js` of this repository, found from this file (src and dist are equally deep). */
export const WIDGET_BUNDLE = fileURLToPath(new URL('../../../widget/dist/widget.js', import.meta.url));

/**
 * Serves the bundle. The URL in a site's script tag never changes, so it cannot be cached as
 * immutable: a short max-age plus an ETag keeps repeat visits to a 304. A rebuilt file is
 * noticed by its modification time.
 */
export function widgetScript(file: string = WIDGET_BUNDLE): (context: Context) => Response {
  const bundle = staticBundle(file, {
    name: 'the widget',
    headers: {
      'Cache-Control': 'public, max-age=300, stale-while-revalidate=86400',
      // Sites with cross-origin isolation still may load it.
      'Cross-Origin-Resource-Policy': 'cross-origin',
    },
  });
  return (context) => bundle(context.req.raw);
}
