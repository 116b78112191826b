/** `GET /v1/events`: the workspace's desk events as Server-Sent Events, for the staff console's live updates. */
import type { Clock } from '@frontdesk/core';
import { grants, isBuiltInRole, ROLE_PERMISSIONS } from '@frontdesk/core';
import type { DeskEvent, DeskEvents } from '@frontdesk/services/events/desk-events';
import type { StreamLimiter } from '@frontdesk/services/limits/stream-limits';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';
import { type AuthStore, authenticate } from '../middleware/auth.js';
import { requirePermission } from '../permissions.js';
import { eventStreamResponse, sseFrame, subscriptionStream } from '../sse/sse-stream.js';
import { requestAuthorization } from './auth/session-cookie.js';
import { eventDocs } from './desk-docs.js';
import { messageView, ticketView } from './desk-views.js';
import { noteView } from './desk-work.js';

/** How an event goes over the wire: the same views as `/v1/tickets` and the transcript. */
function frame(event: DeskEvent): string {
  if (event.type === 'message-created') {
    const data = { conversationId: event.message.conversationId, message: messageView(event.message) };
    return sseFrame(event.type, data);
  }
  if (event.type === 'note-created') {
    return sseFrame(event.type, { conversationId: event.note.conversationId, note: noteView(event.note) });
  }
  return sseFrame(event.type, { ticket: ticketView(event.ticket) });
}

export interface EventRouteDependencies {
  deskEvents: DeskEvents;
  /** Re-reads the token before each event, so a revoked token or a demoted member stops receiving. */
  store?: AuthStore;
  clock?: Clock;
  heartbeatMs?: number;
  shutdown?: AbortSignal | undefined;
  /** Open streams per token and per address. */
  streams?: StreamLimiter;
}

/** The route under `/v1/events`; `heartbeatMs` keeps proxies from closing an idle stream. */
export function eventRoutes(deps: EventRouteDependencies): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/', eventDocs.stream, (context) => {
    requirePermission(context, 'tickets', 'read');
    const { workspaceId, id: tokenId } = context.get('token');
    const release = deps.streams?.open({ token: tokenId, address: context.get('clientKey') });
    // Checked again before each event: a bearer token, or the console's session cookie.
    const header = requestAuthorization(context);
    const abort = new AbortController();
    const signal = AbortSignal.any([context.req.raw.signal, abort.signal]);

    /** Still allowed to read tickets right now? */
    async function stillAllowed(): Promise<boolean> {
      if (!deps.store) return true;
      try {
        const { token, permissions } = await authenticate(deps.store, header, { clock: deps.clock });
        const granted = isBuiltInRole(token.role) ? ROLE_PERMISSIONS[token.role] : (permissions ?? new Set());
        return grants(granted, 'tickets', 'read');
      } catch {
        return false;
      }
    }

    const body = subscriptionStream({
      signal,
      heartbeatMs: deps.heartbeatMs,
      shutdown: deps.shutdown,
      onClose: release,
      subscribe: (send) => {
        // One check at a time, in order, so events keep their order.
        let queue = Promise.resolve();
        return deps.deskEvents.subscribe(workspaceId, (event) => {
          queue = queue.then(async () => {
            if (abort.signal.aborted) return;
            if (await stillAllowed()) return send(frame(event));
            send(sseFrame('stream-end', { reason: 'token-revoked' }));
            abort.abort();
          });
        });
      },
    });
    return eventStreamResponse(body, 'no-store');
  });
  return routes;
}
