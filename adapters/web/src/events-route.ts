/** `GET /widget/v1/conversations/{id}/events`: SSE of later messages (staff replies, ticket updates), with catch-up. */
import {
  type Clock,
  cannedLocalizer,
  localizeActions,
  type Store,
  type WidgetMessage,
} from '@frontdesk/core';
import {
  eventStreamResponse,
  type SseSend,
  sseFrame,
  subscriptionStream,
} from '@frontdesk/http/sse/sse-stream';
import type { StreamLimiter } from '@frontdesk/services/limits/stream-limits';
import { Hono } from 'hono';
import { type Presence, readSince } from './presence.js';
import { readOnce } from './read-once.js';
import { forVisitor, type TicketLinks } from './ticket-links.js';
import type { WebDelivery } from './web-delivery.js';
import { toWidgetMessages, visitorConversation } from './widget-conversations.js';
import { widgetDocs } from './widget-docs.js';
import type { WidgetEnv } from './widget-env.js';

export interface EventsRouteDependencies {
  store: Store;
  delivery: WebDelivery;
  presence: Presence;
  clock: Clock;
  links: TicketLinks;
  /** A comment line this often keeps proxies from closing an idle stream. */
  heartbeatMs?: number;
  /** Ends open streams with a final `shutdown` event when the server stops. */
  shutdown?: AbortSignal | undefined;
  /** Open streams per visitor and per address. */
  streams?: StreamLimiter;
}

export function eventsRoute(deps: EventsRouteDependencies): Hono<WidgetEnv> {
  const routes = new Hono<WidgetEnv>();
  routes.get('/conversations/:id/events', widgetDocs.events, async (context) => {
    const visitor = context.get('visitor');
    const conversation = await visitorConversation(deps.store, visitor, context.req.param('id'));
    const after = context.req.query('after');
    const local = cannedLocalizer(context.get('bot'), visitor.language);
    // Each message goes out once, whether it came from the catch-up or the subscription.
    const sent = new Set<string>();
    const sendMessage = (send: SseSend, message: WidgetMessage) => {
      if (sent.has(message.id)) return;
      sent.add(message.id);
      // Deliveries carry the staff-side ticket (admin URL): the visitor gets their own page instead.
      const visible = {
        ...message,
        text: local.text(message.text),
        ...(message.actions ? { actions: localizeActions(message.actions, visitor.language) } : {}),
        ...(message.ticket ? { ticket: forVisitor(message.ticket, deps.links, visitor.language) } : {}),
      };
      send(sseFrame('message', visible));
    };
    // Subscribe before reading the catch-up, so nothing delivered in between is lost.
    const pending: WidgetMessage[] = [];
    let live = false;
    let subscribed: Promise<void> = Promise.resolve();
    // A read can reach this stream twice, from the store's catch-up and late over the bus: send each once.
    const isNewRead = readOnce();
    const sendRead = (send: (frame: string) => void, at: number) => {
      if (isNewRead(at)) send(sseFrame('read', { type: 'read', at }));
    };
    const release = deps.streams?.open({ visitor: visitor.visitorId, address: context.get('clientKey') });
    const stream = subscriptionStream({
      signal: context.req.raw.signal,
      onClose: release,
      heartbeatMs: deps.heartbeatMs,
      shutdown: deps.shutdown,
      subscribe: (send) => {
        const stopMessages = deps.delivery.subscribe(conversation.id, (message) =>
          live ? sendMessage(send, message) : pending.push(message),
        );
        // Staff typing and reading: `typing` and `read` events, live only.
        const stopPresence = deps.presence.subscribe(conversation.id, (signal) => {
          if (!live) return;
          if (signal.type === 'read') sendRead(send, signal.at);
          else send(sseFrame(signal.type, signal));
        });
        subscribed = Promise.all([stopMessages.ready, stopPresence.ready]).then(() => {});
        return () => {
          stopMessages();
          stopPresence();
        };
      },
      connected: async (send) => {
        // A shared bus (Redis) confirms the subscription first: nothing delivered meanwhile is lost.
        await subscribed;
        if (after) {
          const stored = await deps.store.listMessages(conversation.id, { limit: 200 });
          const index = stored.findIndex((message) => message.id === after);
          // An unknown id (e.g. a reply still streaming when the page was left) sends nothing:
          // the widget reloads the history on open anyway.
          if (index >= 0) {
            const later = stored.slice(index + 1).filter((message) => message.role !== 'user');
            for (const message of await toWidgetMessages(deps.store, later, deps.links, visitor.language))
              sendMessage(send, message);
          }
        }
        live = true;
        for (const message of pending) sendMessage(send, message);
        const read = await readSince(deps.store, conversation.id, deps.clock.now());
        if (read !== undefined) sendRead(send, read);
      },
    });
    return eventStreamResponse(stream, 'no-cache, no-transform');
  });
  return routes;
}
