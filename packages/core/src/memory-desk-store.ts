/** The console part of the in-memory Store: filtered ticket and conversation lists, CSAT answers. */
import type { CsatAnswer, DeskStore, DeskTicket, TicketQuery } from './desk-store.js';
import type { Conversation, Ticket } from './records.js';

/** True when the ticket passes every filter the query sets. */
function matches(ticket: DeskTicket, query: TicketQuery): boolean {
  if (query.status && ticket.status !== query.status) return false;
  if (query.channel && ticket.channel !== query.channel) return false;
  if (query.botId && ticket.botId !== query.botId) return false;
  if (query.priority && ticket.priority !== query.priority) return false;
  if (query.assignee !== undefined && (ticket.assignee ?? null) !== query.assignee) return false;
  if (query.groupId !== undefined && (ticket.groupId ?? null) !== query.groupId) return false;
  if (query.text) {
    const needle = query.text.toLowerCase();
    const haystack = `${ticket.id}\n${ticket.summary}\n${ticket.description}`.toLowerCase();
    if (!haystack.includes(needle)) return false;
  }
  return true;
}

/** Reads the memory store's own maps, so lists always show its current rows. */
export function createMemoryDeskPart(
  requireOpen: () => void,
  rows: { tickets: Map<string, Ticket>; conversations: Map<string, Conversation> },
): DeskStore {
  const answers: CsatAnswer[] = [];

  return {
    async listTickets(workspaceId, query) {
      requireOpen();
      const found = [...rows.tickets.values()]
        .filter((ticket) => ticket.workspaceId === workspaceId)
        .map((ticket) => ({
          ...structuredClone(ticket),
          channel: rows.conversations.get(ticket.conversationId)?.channel ?? 'api',
        }))
        .filter((ticket) => matches(ticket, query));
      const direction = query.order === 'asc' ? 1 : -1;
      found.sort(
        (left, right) => direction * (left[query.sort] - right[query.sort] || (left.id < right.id ? -1 : 1)),
      );
      return { tickets: found.slice(query.offset, query.offset + query.limit), total: found.length };
    },
    async listConversations(workspaceId, query) {
      requireOpen();
      const found = [...rows.conversations.values()].filter(
        (conversation) =>
          conversation.workspaceId === workspaceId &&
          (!query.channel || conversation.channel === query.channel) &&
          (!query.botId || conversation.botId === query.botId),
      );
      found.sort((left, right) => right.updatedAt - left.updatedAt || (left.id < right.id ? 1 : -1));
      return {
        conversations: structuredClone(found.slice(query.offset, query.offset + query.limit)),
        total: found.length,
      };
    },
    async saveCsat(answer) {
      requireOpen();
      const existing = answers.find((stored) => stored.ticketId === answer.ticketId);
      if (existing) return structuredClone(existing);
      answers.push(structuredClone(answer));
      return structuredClone(answer);
    },
    async commentCsat(id, comment) {
      requireOpen();
      const answer = answers.find((stored) => stored.id === id);
      if (answer) answer.comment = comment;
    },
    async listCsat(workspaceId, options) {
      requireOpen();
      return answers
        .filter((answer) => answer.workspaceId === workspaceId)
        .sort((left, right) => right.createdAt - left.createdAt)
        .slice(options.offset, options.offset + options.limit)
        .map((answer) => structuredClone(answer));
    },
  };
}
