/** `GET /v1/events`: the workspace's desk events as Server-Sent Events, for the staff console's live updates. */
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';
import type { DeskEvent, DeskEvents } from '../desk-events.js';
import { requirePermission } from '../permissions.js';
import { messageView, ticketView } from './desk-views.js';

const encoder = new TextEncoder();

/** How an event goes over the wire: the same views as `/v1/tickets` and the transcript. */
function frame(event: DeskEvent): string {
  const data =
    event.type === 'message-created'
      ? { conversationId: event.message.conversationId, message: messageView(event.message) }
      : { ticket: ticketView(event.ticket) };
  return `event: ${event.type}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** The route under `/v1/events`; `heartbeatMs` keeps proxies from closing an idle stream. */
export function eventRoutes(deps: { deskEvents: DeskEvents; heartbeatMs?: number }): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/', (context) => {
    requirePermission(context, 'tickets', 'read');
    const { workspaceId } = context.get('token');
    const signal = context.req.raw.signal;
    let stop = () => {};
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        const send = (text: string) => {
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            stop();
          }
        };
        const unsubscribe = deps.deskEvents.subscribe(workspaceId, (event) => send(frame(event)));
        const heartbeat = setInterval(() => send(': ping\n\n'), deps.heartbeatMs ?? 15_000);
        heartbeat.unref?.();
        stop = () => {
          clearInterval(heartbeat);
          unsubscribe();
        };
        signal.addEventListener('abort', () => {
          stop();
          try {
            controller.close();
          } catch {
            // Already closed by the client going away.
          }
        });
        // The first frame tells the client the stream is live.
        send(': connected\n\n');
      },
      cancel() {
        stop();
      },
    });
    return new Response(body, {
      headers: {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Accel-Buffering': 'no',
      },
    });
  });
  return routes;
}
