/** One card per ticket, updated in place: its status, and a link to the visitor's own signed ticket page. */

import type { TicketDetails } from '@frontdesk/core/wire';
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import type { Strings } from './i18n.js';
import { safeUrl } from './safe-url.js';

interface Props {
  ticket: TicketDetails;
  strings: Strings;
  baseUrl: string;
}

/** The server signs the link; it never points into the admin API. */
export function TicketCard({ ticket, strings, baseUrl }: Props) {
  const url = ticket.url ? safeUrl(ticket.url, baseUrl) : undefined;
  return (
    <section class="fd-ticket" aria-label={`${strings.ticket} ${ticket.id}`}>
      <strong>{`${strings.ticket} ${ticket.id}`}</strong>
      <span class="fd-status">{`${strings.ticketStatus}: ${ticket.statusLabel}`}</span>
      {url && (
        <a href={url} target="_blank" rel="noopener noreferrer">
          {strings.viewTicket}
        </a>
      )}
    </section>
  );
}
