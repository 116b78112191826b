/** Maps a stored ticket to the `ticketDetails` object of the wire format. */
import type { Ticket } from './records.js';
import type { TicketDetails } from './wire.js';

export function toTicketDetails(ticket: Ticket): TicketDetails {
  return {
    id: ticket.id,
    ...(ticket.url ? { url: ticket.url } : {}),
    type: ticket.type,
    status: ticket.status,
    priority: ticket.priority,
    description: ticket.summary,
    createdDate: new Date(ticket.createdAt).toISOString(),
    lastModifiedDate: new Date(ticket.updatedAt).toISOString(),
  };
}
