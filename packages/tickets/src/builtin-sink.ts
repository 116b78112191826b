/** The builtin ticket sink: tickets live in Frontdesk's own store and are worked in the console. */
import type { Clock, ConversationStore, IdSource, TicketSink } from '@frontdesk/core';
import { newTicketRow } from './ticket-row.js';

export interface BuiltinSinkOptions {
  store: ConversationStore;
  clock: Clock;
  ids: IdSource;
  /** Where staff (or the requester's client) can see the ticket. */
  ticketUrl(id: string): string;
}

/** Creates tickets in the store, once per idempotency key. */
export function createBuiltinTicketSink(options: BuiltinSinkOptions): TicketSink {
  const { store, clock, ids } = options;
  return {
    name: 'builtin',
    async create(request, { idempotencyKey }) {
      const existing = await store.findTicketByIdempotencyKey(request.workspaceId, idempotencyKey);
      if (existing) return existing;
      const ticket = newTicketRow(request, {
        ids,
        now: clock.now(),
        idempotencyKey,
        sink: 'builtin',
        externalId: (id) => id,
        ticketUrl: (id) => options.ticketUrl(id),
      });
      // insertTicket returns the row already stored under this key if another call won the race.
      return store.insertTicket(ticket);
    },
    async status(ticket) {
      return (await store.getTicket(ticket.id)) ?? ticket;
    },
  };
}
