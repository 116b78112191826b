/** `GET /widget/v1/tickets/{id}?expires=…&sig=…`: the visitor's page for one ticket — status and the conversation. */
import {
  localizeSentences,
  NotFoundError,
  type Store,
  ticketStatusLabel,
  toTicketDetails,
} from '@frontdesk/core';
import { renderMarkdown } from '@frontdesk/services/markdown/render-markdown';
import { Hono } from 'hono';
import { html, raw } from 'hono/html';
import type { TicketLinks } from './ticket-links.js';
import {
  ticketPageDirection,
  ticketPageLanguage,
  ticketPageTexts,
  ticketPriorityLabel,
} from './ticket-page-texts.js';
import { widgetDocs } from './widget-docs.js';
import type { WidgetEnv } from './widget-env.js';

/** Text is escaped by hono's `html`, markdown goes through the pages' safe renderer, and the policy forbids scripts outright. */
const POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function ticketPage(deps: { store: Store; links: TicketLinks }): Hono<WidgetEnv> {
  const routes = new Hono<WidgetEnv>();
  routes.get('/tickets/:id', widgetDocs.ticketPage, async (context) => {
    const id = context.req.param('id');
    // The same answer for a bad signature and a missing ticket: a link reveals nothing else.
    if (!deps.links.verify(id, context.req.query('expires'), context.req.query('sig'))) {
      throw new NotFoundError('Ticket not found, or the link has expired: open it again from the chat.');
    }
    const ticket = await deps.store.getTicket(id);
    if (!ticket)
      throw new NotFoundError('Ticket not found, or the link has expired: open it again from the chat.');
    const messages = await deps.store.listMessages(ticket.conversationId, { limit: 200 });
    const language = ticketPageLanguage(context.req.query('lang'), context.req.header('Accept-Language'));
    const texts = ticketPageTexts(language);
    const who: Record<string, string> = {
      user: texts.you,
      assistant: texts.assistant,
      staff: texts.staff,
      system: texts.update,
    };
    const shownId = toTicketDetails(ticket).id;
    const title = texts.title.replace('{ticket}', shownId);
    // The id and the times keep their left-to-right order inside Arabic and Hebrew text.
    const [before = '', after = ''] = texts.title.split('{ticket}');
    const page = html`<!doctype html>
<html lang="${language}" dir="${ticketPageDirection(language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${title}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:680px;margin:0 auto;padding:16px;color:#1a1d21}
.status{display:inline-block;padding:2px 10px;border-radius:12px;background:#e8eefb;font-weight:600}
li{list-style:none;margin:0 0 12px;padding:8px 12px;border-radius:10px;background:#f1f3f5;overflow-wrap:anywhere}li p{margin:4px 0}
li.staff{border-inline-start:4px solid #1f5fd6}ol{padding:0}small{color:#555b63}.id{white-space:nowrap}</style></head>
<body><h1>${before}<bdi class="id">${shownId}</bdi>${after}</h1>
<p>${texts.status}: <span class="status" data-status="${ticket.status}">${ticketStatusLabel(ticket.status, language)}</span> · ${texts.priority}: ${ticketPriorityLabel(ticket.priority, texts)}</p>
<p>${ticket.summary}</p>
<h2>${texts.conversation}</h2>
<ol>${messages.map(
      (message) =>
        // The visitor's own words as text; answers and replies as markdown made safe (raw HTML shown as text).
        html`<li class="${message.role}"><small>${who[message.role] ?? message.role} · <bdi>${new Date(message.createdAt).toISOString().slice(0, 16).replace('T', ' ')} UTC</bdi></small>
${message.role === 'user' ? html`<p>${message.text}</p>` : raw(renderMarkdown(localizeSentences(message.text, language)))}</li>`,
    )}</ol>
<p><small>${texts.footnote}</small></p>
</body></html>`;
    return context.html(page, 200, {
      'Content-Security-Policy': POLICY,
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Robots-Tag': 'noindex',
    });
  });
  return routes;
}
