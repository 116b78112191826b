/** The page at `/`: a made-up product's site ("Tallyho") with the chat widget on it, and a short API note. */
import { FAVICON_LINK } from './favicon.js';
import { escapeHtml } from './html.js';

export interface HomePageOptions {
  publicUrl: string;
  botId: string;
  /** The token of a staff-reply e-mail's link: the widget opens on that conversation. */
  resume?: string;
}

/** Scripts only from this server (the widget), requests only to it; everything else as strict as the other pages. */
export const HOME_PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

const STYLE = `
  :root { color-scheme: light dark; --ink: #14213d; --brand: #e4572e; --soft: rgba(127,127,127,.12); }
  * { box-sizing: border-box; }
  body { margin: 0; font: 17px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
  body { overflow-wrap: anywhere; }
  nav { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; padding: 1rem 2rem; border-bottom: 1px solid var(--soft); }
  nav strong { font-size: 1.3rem; color: var(--brand); margin-right: auto; }
  nav a { color: inherit; text-decoration: none; }
  .hero { max-width: 60rem; margin: 0 auto; padding: 4rem 2rem 2rem; }
  .hero h1 { font-size: clamp(2rem, 5vw, 3.2rem); line-height: 1.1; margin: 0 0 1rem; }
  .cta { display: inline-block; background: var(--brand); color: #fff; padding: .7rem 1.2rem; border-radius: 8px; text-decoration: none; font-weight: 600; }
  .features { max-width: 60rem; margin: 0 auto; padding: 1rem 2rem 3rem; display: grid; gap: 1.2rem; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); }
  .features div { background: var(--soft); border-radius: 12px; padding: 1.2rem; }
  .features h2 { font-size: 1.1rem; margin: 0 0 .4rem; }
  .note { max-width: 60rem; margin: 0 auto 6rem; padding: 0 2rem; font-size: 15px; }
  code, pre { font: 14px/1.5 ui-monospace, Menlo, Consolas, monospace; background: var(--soft); border-radius: 4px; }
  pre { padding: 1rem; overflow-x: auto; max-width: 100%; white-space: pre-wrap; }
  /* Phones (320–430 px): nothing wider than the screen, the brand line never cut off. */
  @media (max-width: 480px) {
    nav, .hero, .features, .note { padding-left: 1rem; padding-right: 1rem; }
    nav strong { flex-basis: 100%; }
    .features { grid-template-columns: 1fr; }
  }
`;

/** The demo page for this server's address and default bot; it never contains a token. */
export function renderHomePage(options: HomePageOptions): string {
  const bot = escapeHtml(options.botId);
  const resume = options.resume ? ` data-resume="${escapeHtml(options.resume)}" data-open="true"` : '';
  const endpoint = escapeHtml(`${options.publicUrl}/v1/bots/${encodeURIComponent(options.botId)}/message`);
  const scriptTag = escapeHtml(
    `<script src="${options.publicUrl}/widget.js" data-bot="${options.botId}" async></script>`,
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>Tallyho: invoices and time tracking for small teams</title>
${FAVICON_LINK}
<style>${STYLE}</style>
</head>
<body>
<nav><strong>Tallyho</strong><a href="#features">Features</a><a href="/kb">Help center</a><a href="#api">For developers</a></nav>
<header class="hero">
<h1>Track time. Send invoices. Get paid.</h1>
<p>Tallyho turns the hours your team logs into invoices your clients pay in one click.
Questions? The chat in the corner answers from our <a href="/kb">help center</a>, and hands you to a person when it cannot.</p>
<a class="cta" href="/kb">Read the guides</a>
</header>
<section class="features" id="features">
<div><h2>One-click timers</h2><p>Start a timer from any device; Tallyho keeps it running when you switch.</p></div>
<div><h2>Invoices from hours</h2><p>Pick a client and a month: the invoice writes itself, taxes included.</p></div>
<div><h2>Two-factor sign-in</h2><p>Protect your account with an authenticator app. Ask the chat how.</p></div>
</section>
<section class="note" id="api">
<h2>This is a Frontdesk demo</h2>
<p>The chat bubble is the Frontdesk widget, added to this page with one tag:</p>
<pre><code>${scriptTag}</code></pre>
<p>The same <code>${bot}</code> bot answers over the API with a personal token (printed once at the
server's first start), as JSON or, with <code>Accept: text/event-stream</code>, as server-sent events:</p>
<pre><code>curl ${endpoint} \\
  -H "Authorization: Bearer $FRONTDESK_TOKEN" \\
  -H 'Content-Type: application/json' \\
  -d '{"message": {"text": "How do I reset my password?"}}'</code></pre>
<p>See
<a href="/openapi.json">/openapi.json</a>, the <a href="/kb">knowledge base</a> and <a href="/healthz">/healthz</a>.</p>
</section>
<script src="/widget.js" data-bot="${bot}"${resume} async></script>
</body>
</html>
`;
}
