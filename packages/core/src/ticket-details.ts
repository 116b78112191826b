/** Maps a stored ticket to the `ticketDetails` object of the wire format (the Enjo seed's fields). */
import type { Ticket } from './records.js';
import type { TicketDetails } from './wire.js';

export function toTicketDetails(ticket: Ticket): TicketDetails {
  const externalId = ticket.displayId || ticket.externalId || ticket.id;
  const requester = ticket.requester;
  return {
    id: externalId,
    frontdeskId: ticket.id,
    caseNumber: externalId,
    ...(ticket.url ? { url: ticket.url } : {}),
    attributes: { type: ticket.sink, ...(ticket.url ? { url: ticket.url } : {}) },
    ...(requester?.name ? { suppliedName: requester.name } : {}),
    ...(requester?.email ? { suppliedEmail: requester.email } : {}),
    ...(requester?.phone ? { suppliedPhone: requester.phone } : {}),
    ...(requester?.company ? { suppliedCompany: requester.company } : {}),
    type: ticket.type,
    status: ticket.status,
    priority: ticket.priority,
    description: ticket.summary,
    createdDate: new Date(ticket.createdAt).toISOString(),
    lastModifiedDate: new Date(ticket.updatedAt).toISOString(),
  };
}
