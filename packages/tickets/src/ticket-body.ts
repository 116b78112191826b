/** The text a remote ticket carries: requester, channel, transcript with sources, and the attribution line. */
import type { Ticket } from '@frontdesk/core';

/** Markdown: requester details when known, then the transcript, then where it came from. */
export function ticketBody(ticket: Ticket): string {
  const requester = ticket.requester;
  const who = [requester?.name, requester?.email].filter(Boolean).join(' <');
  const lines = [
    who ? `**Requester**: ${requester?.email && requester?.name ? `${who}>` : who}` : '',
    `**Type**: ${ticket.type} · **Priority**: ${ticket.priority}`,
    `**Frontdesk ticket**: ${ticket.id}${ticket.url ? ` (${ticket.url})` : ''}`,
    '',
    ticket.description,
    '',
    `Opened by Frontdesk from conversation ${ticket.conversationId}.`,
  ];
  return lines.filter((line, index) => line !== '' || index > 0).join('\n');
}
