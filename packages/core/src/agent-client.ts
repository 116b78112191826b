/** The port every agent implements: one request in, a stream of events out. */
import type { MessageRole, Requester } from './records.js';
import type { Source, TicketDetails } from './wire.js';

export interface AgentTurn {
  role: MessageRole;
  text: string;
}

export interface AgentRequest {
  conversationId: string;
  botId: string;
  text: string;
  /** Earlier turns, oldest first, not including `text`. */
  history: AgentTurn[];
  requester: Requester | null;
}

/**
 * What an agent emits. `finish` comes last; `noAnswer` means the agent had no answer of
 * substance (the "no AI answer" ticket trigger).
 */
export type AgentEvent =
  | { type: 'text-delta'; text: string }
  | { type: 'sources'; sources: Source[] }
  | { type: 'ticket'; ticket: TicketDetails }
  /** The agent decided a human should take over: the core opens a ticket (once per conversation). */
  | { type: 'ticket-request'; summary: string; ticketType?: string; priority?: string }
  /** Short answers the person may pick with one tap (shown as buttons where the channel can). */
  | { type: 'quick-replies'; replies: string[] }
  | { type: 'finish'; noAnswer: boolean };

export interface AgentClient {
  /** Streams the answer; stops early and rejects with an AbortError when `signal` aborts. */
  send(request: AgentRequest, options: { signal: AbortSignal }): AsyncIterable<AgentEvent>;
}
