/** The builtin ticket sink: tickets live in Frontdesk's own store and are worked in the console. */
import type { Clock, ConversationStore, IdSource, Ticket, TicketSink } from '@frontdesk/core';

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
      const now = clock.now();
      // People read ticket ids aloud and type them: short, upper case, 50 random bits.
      const id = `FD-${ids.id('tkt').slice(-10).toUpperCase()}`;
      const ticket: Ticket = {
        id,
        workspaceId: request.workspaceId,
        botId: request.botId,
        conversationId: request.conversationId,
        trigger: request.trigger,
        sink: 'builtin',
        externalId: id,
        url: options.ticketUrl(id),
        type: request.type,
        status: 'open',
        priority: request.priority,
        summary: request.summary,
        description: request.description,
        requester: request.requester,
        idempotencyKey,
        createdAt: now,
        updatedAt: now,
      };
      // insertTicket returns the row already stored under this key if another call won the race.
      return store.insertTicket(ticket);
    },
    async status(ticket) {
      return (await store.getTicket(ticket.id)) ?? ticket;
    },
  };
}
