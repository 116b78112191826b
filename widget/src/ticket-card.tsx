/** One card per ticket, updated in place; "View ticket" opens its status and the team's replies in the widget. */

import type { TicketDetails } from '@frontdesk/core/wire';
import type { ComponentChildren } from 'preact';
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { useState } from 'preact/hooks';
import type { ChatMessage } from './chat-state.js';
import type { Strings } from './i18n.js';

interface Props {
  ticket: TicketDetails;
  strings: Strings;
  /** The support team's replies in this conversation, shown in the ticket view. */
  replies: ChatMessage[];
  children?: ComponentChildren;
}

/** Never a link into the admin API: the visitor's own session shows what they may see. */
export function TicketCard({ ticket, strings, replies, children }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <section class="fd-ticket" aria-label={`${strings.ticket} ${ticket.id}`}>
      <strong>
        {strings.ticket} {ticket.id}
      </strong>
      <span class="fd-status">
        {strings.ticketStatus}: {ticket.status}
      </span>
      <button type="button" class="fd-link" aria-expanded={open} onClick={() => setOpen(!open)}>
        {strings.viewTicket}
      </button>
      {open && (
        <div class="fd-ticket-view">
          {replies.length === 0 && <p>{strings.noReplies}</p>}
          {replies.map((reply) => (
            <p key={reply.id}>{reply.text}</p>
          ))}
        </div>
      )}
      {children}
    </section>
  );
}
