/**
 * `GET /console/preview?bot=…&color=…`: a bare page of this server with the real widget, opened,
 * using the console's unsaved values; the widget screen shows it in a frame. Values are checked
 * against the shapes the widget accepts and escaped; anything else is left out.
 */
import { escapeHtml } from '@frontdesk/services/markdown/escape-html';
import type { Context } from 'hono';

const HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/** Each query parameter, the `data-*` attribute it becomes, and what it must look like. */
const OPTIONS: [string, string, RegExp][] = [
  ['bot', 'bot', /^[a-z0-9][a-z0-9_-]{0,62}$/],
  ['color', 'color', /^#[0-9a-f]{6}$/i],
  ['position', 'position', /^(left|right)$/],
  ['mode', 'mode', /^(light|dark|auto)$/],
  ['locale', 'locale', /^[a-z]{2}(-[A-Z]{2})?$/],
  ['title', 'title', /^[^\n]{1,80}$/],
  ['greeting', 'greeting', /^[\s\S]{1,500}$/],
];

export function widgetPreview(context: Context): Response {
  const attributes = OPTIONS.flatMap(([parameter, attribute, shape]) => {
    const value = context.req.query(parameter);
    return value !== undefined && shape.test(value) ? [` data-${attribute}="${escapeHtml(value)}"`] : [];
  }).join('');
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Widget preview</title>
<meta name="robots" content="noindex">
</head>
<body style="margin:0;min-height:100vh;background:#f4f5f7;font-family:system-ui,sans-serif">
<main><p style="padding:1rem;color:#555">A page of your site.</p></main>
<script src="/widget.js"${attributes} data-open="true"></script>
<script src="/console/preview.js"></script>
</body>
</html>
`;
  return new Response(html, { headers: HEADERS });
}

/**
 * Keeps the previewed widget's panel open (served as /console/preview.js). It checks what the page
 * shows rather than trusting one `open()`: a widget opened before its first render has finished can
 * stay closed on screen (seen in a frame outside the viewport), so closed is corrected every 100 ms.
 */
export const PREVIEW_SCRIPT = `(function keepOpen() {
  var widget = window.Frontdesk;
  var host = document.querySelector('[data-frontdesk-widget]');
  var launcher = host && host.shadowRoot && host.shadowRoot.querySelector('.fd-launcher');
  if (widget && launcher && launcher.getAttribute('aria-expanded') !== 'true') {
    widget.close();
    widget.open();
  }
  setTimeout(keepOpen, 100);
})();
`;

export function previewScript(): Response {
  return new Response(PREVIEW_SCRIPT, {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
