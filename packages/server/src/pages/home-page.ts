/** The page at `/`: what this server is and how to call its API, until the widget demo replaces it. */
import { escapeHtml, renderPage } from './html.js';

export interface HomePageOptions {
  publicUrl: string;
  botId: string;
}

/** The home page for this server's address and default bot; it never contains a token. */
export function renderHomePage(options: HomePageOptions): string {
  const endpoint = `${options.publicUrl}/v1/bots/${encodeURIComponent(options.botId)}/message`;
  const ask = `curl ${endpoint} \\
  -H "Authorization: Bearer $FRONTDESK_TOKEN" \\
  -H 'Content-Type: application/json' \\
  -d '{"message": {"text": "How do I reset my password?"}}'`;
  const followUp = `curl ${endpoint} \\
  -H "Authorization: Bearer $FRONTDESK_TOKEN" \\
  -H 'Content-Type: application/json' \\
  -d '{"message": {"text": "I still need help, can I talk to a person?", "conversationId": "conv_..."}}'`;
  const stream = `curl -N ${endpoint} \\
  -H "Authorization: Bearer $FRONTDESK_TOKEN" \\
  -H 'Accept: text/event-stream' \\
  -H 'Content-Type: application/json' \\
  -d '{"message": {"text": "How do I turn on two-factor authentication?"}}'`;
  const reply = `{"success": true,
 "data": {"answers": "…markdown…",
          "sources": [{"type": "knowledge_base", "name": "Reset your password", "score": 0.93, "url": "…"}],
          "conversationId": "conv_…"}}`;

  return renderPage(
    'Frontdesk',
    `<h1>Frontdesk is running</h1>
<p>Frontdesk is an open-source AI support agent. This server answers questions from the
<a href="/kb">demo knowledge base</a> through an HTTP API, and opens a ticket when someone needs a person.</p>

<h2>1. Get a token</h2>
<p>The first start of this server printed an owner token, once, in a box in its output. Put it in a
variable (it is not shown on this page, nor anywhere else again):</p>
<pre><code>export FRONTDESK_TOKEN=fd_…</code></pre>
<p>Lost it? Create another on the server's machine with <code>frontdesk token create --name me</code>.</p>

<h2>2. Ask the <code>${escapeHtml(options.botId)}</code> bot</h2>
<pre><code>${escapeHtml(ask)}</code></pre>
<p>The answer is markdown, with the articles it came from:</p>
<pre><code>${escapeHtml(reply)}</code></pre>

<h2>3. Continue the conversation</h2>
<p>Send the <code>conversationId</code> back to keep the history. Asking for a person opens a ticket;
the reply then carries <code>ticketDetails</code>.</p>
<pre><code>${escapeHtml(followUp)}</code></pre>

<h2>Streaming</h2>
<p>With <code>Accept: text/event-stream</code> the reply arrives as server-sent events
(<code>message-start</code>, <code>message-delta</code>, <code>sources</code>, <code>ticket-created</code>,
<code>message-end</code>), the last one carrying the whole reply.</p>
<pre><code>${escapeHtml(stream)}</code></pre>

<h2>Errors</h2>
<p>Every error has the same body, with a stable <code>code</code>:</p>
<pre><code>{"success": false, "code": "rate_limit_error", "error": "rate limit exceeded", "message": "…", "status": 429}</code></pre>

<h2>More</h2>
<ul>
<li><a href="/openapi.json">/openapi.json</a>: the API description (OpenAPI 3.1)</li>
<li><a href="/kb">/kb</a>: the articles the demo bot answers from</li>
<li><a href="/healthz">/healthz</a>: health check</li>
</ul>`,
  );
}
