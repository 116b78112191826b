/** The port behind the staff console: ticket and conversation lists, and CSAT answers. */
import type { Channel, Conversation, Ticket } from './records.js';

export interface TicketQuery {
  status?: string;
  channel?: Channel;
  botId?: string;
  priority?: string;
  /** Tickets assigned to this person; `null`: tickets assigned to nobody. */
  assignee?: string | null;
  /** Tickets of this member group; `null`: tickets of no group. */
  groupId?: string | null;
  /** Matched, case-insensitively, against the id, summary and description. */
  text?: string;
  sort: 'createdAt' | 'updatedAt';
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

export interface ConversationQuery {
  channel?: Channel;
  botId?: string;
  limit: number;
  offset: number;
}

/** A ticket as the console lists it: with the channel its conversation came from. */
export interface DeskTicket extends Ticket {
  channel: Channel;
}

/** One requester's rating (1–5) of how a ticket went. */
export interface CsatAnswer {
  id: string;
  workspaceId: string;
  ticketId: string;
  conversationId: string;
  score: number;
  createdAt: number;
  /** What the person added after rating, when they chose to. */
  comment?: string;
}

export interface DeskStore {
  /** Tickets of a workspace matching the query, and how many match in all. */
  listTickets(workspaceId: string, query: TicketQuery): Promise<{ tickets: DeskTicket[]; total: number }>;
  /** Conversations of a workspace, latest activity first, and how many match in all. */
  listConversations(
    workspaceId: string,
    query: ConversationQuery,
  ): Promise<{ conversations: Conversation[]; total: number }>;
  /** Keeps the first answer per ticket; returns the stored one. */
  saveCsat(answer: CsatAnswer): Promise<CsatAnswer>;
  /** Adds the person's comment to a stored answer. */
  commentCsat(id: string, comment: string): Promise<void>;
  /** A workspace's answers, latest first. */
  listCsat(workspaceId: string, options: { limit: number; offset: number }): Promise<CsatAnswer[]>;
}
