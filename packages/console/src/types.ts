/** The shapes the console reads from `/v1/tickets`, `/v1/conversations`, `/v1/csat` and `/v1/events`. */
import type { Source, TicketDetails } from '@frontdesk/core/wire';

export type { Source };

export type Channel = 'api' | 'web' | 'slack' | 'teams';

/** Who is asking: what the channel or the site's `identify()` call told us. */
export interface Requester {
  id?: string;
  name?: string;
  email?: string;
  phone?: string;
  company?: string;
  [field: string]: unknown;
}

/** A ticket row: the wire details plus what the desk adds. */
export interface TicketRow extends TicketDetails {
  summary: string;
  conversationId: string;
  botId: string;
  channel?: Channel;
  sink: string;
  externalId: string;
  trigger: string;
  requester: Requester | null;
  assignee: string | null;
}

export interface Message {
  id: string;
  role: 'user' | 'assistant' | 'staff' | 'system';
  text: string;
  sources: Source[];
  ticketId: string | null;
  createdDate: string;
}

export interface TicketWithMessages extends TicketRow {
  messages: Message[];
}

export interface ConversationRow {
  id: string;
  botId: string;
  channel: Channel;
  requester: Requester | null;
  createdDate: string;
  lastModifiedDate: string;
  paused?: boolean;
  /** In lists: the latest message, cut to a preview. */
  lastMessage?: { role: Message['role']; text: string; createdDate: string };
}

/** A staff reply with how its delivery went. */
export interface Reply extends Message {
  delivery: { status: string; error: string | null } | null;
}

export interface CsatAnswer {
  ticketId: string;
  conversationId: string;
  score: number;
  createdDate: string;
}

export interface Paging {
  total: number;
  limit: number;
  offset: number;
}
