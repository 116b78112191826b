/** `GET /widget/v1/conversations/{id}/events`: SSE of later messages (staff replies, ticket updates), with catch-up. */
import type { Store, WidgetMessage } from '@frontdesk/core';
import { Hono } from 'hono';
import type { WebDelivery } from './web-delivery.js';
import { toWidgetMessages, visitorConversation } from './widget-conversations.js';
import type { WidgetEnv } from './widget-env.js';

const encoder = new TextEncoder();
const frame = (message: WidgetMessage) =>
  encoder.encode(`event: message\ndata: ${JSON.stringify(message)}\n\n`);

export interface EventsRouteDependencies {
  store: Store;
  delivery: WebDelivery;
  publicUrl: string;
  /** A comment line this often keeps proxies from closing an idle stream. */
  heartbeatMs?: number;
}

export function eventsRoute(deps: EventsRouteDependencies): Hono<WidgetEnv> {
  const routes = new Hono<WidgetEnv>();
  routes.get('/conversations/:id/events', async (context) => {
    const visitor = context.get('visitor');
    const conversation = await visitorConversation(deps.store, visitor, context.req.param('id'));
    const after = context.req.query('after');
    const signal = context.req.raw.signal;
    let stop = () => {};

    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const sent = new Set<string>();
        const send = (message: WidgetMessage) => {
          if (sent.has(message.id)) return;
          sent.add(message.id);
          controller.enqueue(frame(message));
        };
        // Subscribe before reading the catch-up, so nothing delivered in between is lost.
        const pending: WidgetMessage[] = [];
        let live = false;
        const unsubscribe = deps.delivery.subscribe(conversation.id, (message) =>
          live ? send(message) : pending.push(message),
        );
        const heartbeat = setInterval(
          () => controller.enqueue(encoder.encode(': ping\n\n')),
          deps.heartbeatMs ?? 15_000,
        );
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
            // Already closed by a cancel.
          }
        });
        controller.enqueue(encoder.encode(': connected\n\n'));
        if (after) {
          const stored = await deps.store.listMessages(conversation.id, { limit: 200 });
          const index = stored.findIndex((message) => message.id === after);
          // An unknown id (e.g. a reply still streaming when the page was left) sends nothing:
          // the widget reloads the history on open anyway.
          if (index >= 0) {
            const later = stored.slice(index + 1).filter((message) => message.role !== 'user');
            for (const message of await toWidgetMessages(deps.store, later, deps.publicUrl)) send(message);
          }
        }
        live = true;
        for (const message of pending) send(message);
      },
      cancel() {
        stop();
      },
    });
    return new Response(stream, {
      headers: {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-cache, no-transform',
        'X-Accel-Buffering': 'no',
      },
    });
  });
  return routes;
}
