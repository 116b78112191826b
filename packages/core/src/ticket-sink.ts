/** The port of ticket systems: create a ticket exactly once per idempotency key, read its status. */
import type { Requester, Ticket, TicketTrigger } from './records.js';

export interface TicketRequest {
  workspaceId: string;
  botId: string;
  conversationId: string;
  trigger: TicketTrigger;
  type: string;
  priority: string;
  summary: string;
  /** The transcript with sources, as markdown. */
  description: string;
  requester: Requester | null;
}

export interface TicketSink {
  /** The sink's name, stored on the ticket (`builtin`, `jira`, …). */
  readonly name: string;
  /** Creates the ticket, or returns the one already created for `idempotencyKey`. */
  create(request: TicketRequest, options: { idempotencyKey: string }): Promise<Ticket>;
  /** The ticket as the sink knows it now. */
  status(ticket: Ticket): Promise<Ticket>;
}
