/** The ticket part of the in-memory Store: insert (idempotent by key), read and change tickets. */
import type { ConversationStore } from './conversation-store.js';
import type { Ticket } from './records.js';

type TicketPart = Pick<
  ConversationStore,
  'insertTicket' | 'getTicket' | 'findTicketByIdempotencyKey' | 'findTicketByExternalId' | 'updateTicket'
>;

/** Checks the memory store makes before a ticket is written: open, its bot and conversation exist. */
export interface TicketChecks {
  requireOpen(): void;
  requireBot(workspaceId: string, botId: string): void;
  requireConversation(conversationId: string): void;
}

/** Tickets kept in the given Map (shared with the parts that read or clear them); reads return copies. */
export function createMemoryTicketPart(tickets: Map<string, Ticket>, checks: TicketChecks): TicketPart {
  const { requireOpen, requireBot, requireConversation } = checks;
  const copy = <T>(value: T): T => structuredClone(value);

  function findTicket(workspaceId: string, key: string): Ticket | undefined {
    for (const ticket of tickets.values()) {
      if (ticket.workspaceId === workspaceId && ticket.idempotencyKey === key) return ticket;
    }
    return undefined;
  }

  return {
    async insertTicket(ticket) {
      requireOpen();
      const existing = findTicket(ticket.workspaceId, ticket.idempotencyKey);
      if (existing) return copy(existing);
      requireBot(ticket.workspaceId, ticket.botId);
      requireConversation(ticket.conversationId);
      if (tickets.has(ticket.id)) throw new Error(`Ticket ${ticket.id} exists.`);
      tickets.set(ticket.id, copy(ticket));
      return copy(ticket);
    },
    async getTicket(id) {
      requireOpen();
      return copy(tickets.get(id));
    },
    async findTicketByIdempotencyKey(workspaceId, key) {
      requireOpen();
      return copy(findTicket(workspaceId, key));
    },
    async findTicketByExternalId(workspaceId, sink, externalId) {
      requireOpen();
      const found = [...tickets.values()].find(
        (ticket) =>
          ticket.workspaceId === workspaceId && ticket.sink === sink && ticket.externalId === externalId,
      );
      return copy(found);
    },
    async updateTicket(id, changes) {
      requireOpen();
      const ticket = tickets.get(id);
      if (!ticket) return;
      // Only what the change names (`null` clears); `updatedAt` always comes with it.
      const named = Object.entries(changes).filter(([, value]) => value !== undefined);
      Object.assign(ticket, Object.fromEntries(named));
    },
  };
}
