/** The text a remote ticket carries: requester, type and priority, then the description (channel, transcript, attribution). */
import type { Ticket } from '@frontdesk/core';

/** `Ada Lovelace <ada@example.com> · +44 20 7946 0000 · Analytical Engines`, from what is known. */
function requesterLine(requester: Ticket['requester']): string {
  if (!requester) return '';
  const who =
    requester.name && requester.email
      ? `${requester.name} <${requester.email}>`
      : (requester.name ?? requester.email);
  const parts = [who, requester.phone, requester.company].filter(Boolean);
  return parts.length > 0 ? `**Requester**: ${parts.join(' · ')}` : '';
}

/** Markdown: requester details when known, the type, priority and Frontdesk id, then the description. */
export function ticketBody(ticket: Ticket): string {
  const lines = [
    requesterLine(ticket.requester),
    `**Type**: ${ticket.type} · **Priority**: ${ticket.priority}`,
    `**Frontdesk ticket**: ${ticket.id}${ticket.url ? ` (${ticket.url})` : ''}`,
    '',
    ticket.description,
  ];
  // Tickets opened before the core wrote the attribution line into the description get one here.
  if (!ticket.description.includes('Opened by Frontdesk')) {
    lines.push('', `Opened by Frontdesk from conversation ${ticket.conversationId}.`);
  }
  return lines.filter((line, index) => line !== '' || index > 0).join('\n');
}
