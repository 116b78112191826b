/**
 * `GET /privacy` and `GET /terms`: the pages the Teams app package names (Teams requires both). They
 * say what this Frontdesk server keeps and who runs it; an operator with its own pages can point the
 * package at them by editing the manifest.
 */
import type { AppEnv } from '@frontdesk/http/app-env';
import { describe, publicGet } from '@frontdesk/http/openapi/helpers';
import { escapeHtml, htmlResponse, renderPage } from '@frontdesk/http/pages/html';
import type { Hono } from 'hono';

function privacy(host: string): string {
  return `<h1>Privacy</h1>
<p>This support assistant is run by the operator of <strong>${host}</strong> with Frontdesk.</p>
<h2>What it keeps</h2>
<ul>
<li>What you write to the assistant and its answers, so the conversation can continue and staff can help.</li>
<li>Who you are as your chat app tells it: your name, your user id and, when allowed, your e-mail address.</li>
<li>Tickets opened for you, with the conversation's words and the links to files you shared.</li>
<li>Whether you found an answer helpful, and the rating you gave after a ticket was resolved.</li>
</ul>
<h2>Who sees it</h2>
<p>The support staff of the organisation that installed the assistant, in their console. Your
questions are sent to the answering service that organisation chose; nothing is sold or used for advertising.</p>
<h2>How long</h2>
<p>Until the organisation's staff delete the conversation or the assistant is removed. Ask them
(or the operator of ${host}) to see or delete what is kept about you.</p>`;
}

function terms(host: string): string {
  return `<h1>Terms of use</h1>
<p>This support assistant is provided by the operator of <strong>${host}</strong> to the people
their organisation supports.</p>
<ul>
<li>Answers are generated from the organisation's knowledge and may be incomplete or wrong; check
the sources shown with each answer, and ask for a human when it matters.</li>
<li>Do not send passwords, payment card numbers or other secrets to the assistant.</li>
<li>Use it for support questions only; misuse may be rate limited or blocked.</li>
</ul>
<p>Questions about these terms go to the operator of ${host}.</p>`;
}

/** Mounts both pages; `host` is the host of FRONTDESK_PUBLIC_URL. */
export function mountLegalPages(routes: Hono<AppEnv>, publicHost: (requestUrl: string) => string): void {
  routes.get(
    '/privacy',
    describe(
      publicGet('teamsPrivacyPage', 'What this assistant keeps about the people it helps', 'text/html'),
    ),
    (context) => htmlResponse(renderPage('Privacy', privacy(escapeHtml(publicHost(context.req.url))))),
  );
  routes.get(
    '/terms',
    describe(publicGet('teamsTermsPage', 'The terms of use of this assistant', 'text/html')),
    (context) => htmlResponse(renderPage('Terms of use', terms(escapeHtml(publicHost(context.req.url))))),
  );
}
