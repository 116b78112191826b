/** Builds the stored Ticket row for a new ticket request, shared by the builtin and synced sinks. */
import type { IdSource, Ticket, TicketRequest } from '@frontdesk/core';

export interface TicketRowOptions {
  ids: IdSource;
  /** The creation time, also the first `updatedAt`. */
  now: Ticket['createdAt'];
  idempotencyKey: string;
  /** The sink's name, stored on the ticket. */
  sink: string;
  /** The remote system's id for the ticket; given the new Frontdesk id. */
  externalId(id: string): string;
  /** Where the ticket can be seen; given the new Frontdesk id. */
  ticketUrl(id: string): string;
}

/** A new open ticket for `request`, with a fresh Frontdesk id. */
export function newTicketRow(request: TicketRequest, options: TicketRowOptions): Ticket {
  // People read ticket ids aloud and type them: short, upper case, 50 random bits.
  const id = `FD-${options.ids.id('tkt').slice(-10).toUpperCase()}`;
  return {
    id,
    workspaceId: request.workspaceId,
    botId: request.botId,
    conversationId: request.conversationId,
    trigger: request.trigger,
    sink: options.sink,
    externalId: options.externalId(id),
    url: options.ticketUrl(id),
    type: request.type,
    status: 'open',
    priority: request.priority,
    summary: request.summary,
    description: request.description,
    requester: request.requester,
    idempotencyKey: options.idempotencyKey,
    createdAt: options.now,
    updatedAt: options.now,
  };
}
