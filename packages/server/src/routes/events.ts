/** `GET /v1/events`: the workspace's desk events as Server-Sent Events, for the staff console's live updates. */
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';
import type { DeskEvent, DeskEvents } from '../desk-events.js';
import { requirePermission } from '../permissions.js';
import { eventStreamResponse, sseFrame, subscriptionStream } from '../sse-stream.js';
import { messageView, ticketView } from './desk-views.js';

/** How an event goes over the wire: the same views as `/v1/tickets` and the transcript. */
function frame(event: DeskEvent): string {
  const data =
    event.type === 'message-created'
      ? { conversationId: event.message.conversationId, message: messageView(event.message) }
      : { ticket: ticketView(event.ticket) };
  return sseFrame(event.type, data);
}

/** The route under `/v1/events`; `heartbeatMs` keeps proxies from closing an idle stream. */
export function eventRoutes(deps: { deskEvents: DeskEvents; heartbeatMs?: number }): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/', (context) => {
    requirePermission(context, 'tickets', 'read');
    const { workspaceId } = context.get('token');
    const body = subscriptionStream({
      signal: context.req.raw.signal,
      heartbeatMs: deps.heartbeatMs,
      subscribe: (send) => deps.deskEvents.subscribe(workspaceId, (event) => send(frame(event))),
    });
    return eventStreamResponse(body, 'no-store');
  });
  return routes;
}
