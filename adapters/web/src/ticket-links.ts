/** Signed links to a ticket's visitor page: whoever got the link from the widget may read that one ticket, nothing else. */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { type TicketDetails, ticketStatusLabel } from '@frontdesk/core';

/** A link stays valid this long; the widget hands out a fresh one with every history load. */
const LINK_TTL_MS = 30 * 24 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface TicketLinks {
  /** The visitor page of the ticket, signed; stable for a day so cards do not churn. */
  url(ticketId: string): string;
  /** True when `signature` was made here for this ticket and `expires` has not passed. */
  verify(ticketId: string, expires: string | undefined, signature: string | undefined): boolean;
}

export function createTicketLinks(secretKey: Buffer, publicUrl: string, now: () => number): TicketLinks {
  const key = createHmac('sha256', secretKey).update('frontdesk ticket visitor links v1').digest();
  const mac = (ticketId: string, expires: number) =>
    createHmac('sha256', key).update(`${ticketId}\n${expires}`).digest();
  return {
    url(ticketId) {
      const expires = Math.ceil((now() + LINK_TTL_MS) / DAY_MS) * DAY_MS;
      const signature = mac(ticketId, expires).toString('base64url');
      return `${publicUrl}/widget/v1/tickets/${encodeURIComponent(ticketId)}?expires=${expires}&sig=${signature}`;
    },
    verify(ticketId, expires, signature) {
      const until = Number(expires);
      if (!signature || !Number.isSafeInteger(until) || until <= now()) return false;
      const expected = mac(ticketId, until);
      const given = Buffer.from(signature, 'base64url');
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}

/**
 * The ticket as a visitor sees it: its link is the signed visitor page, never the admin API or Jira,
 * and its status comes with a `statusLabel` in the visitor's language.
 */
export function forVisitor(
  ticket: TicketDetails,
  links: TicketLinks,
  language: string | undefined,
): TicketDetails {
  // `id` is the id people quote (a Jira key once the ticket reached Jira); the page looks the ticket up by Frontdesk's own.
  // The page speaks the visitor's language too; `lang` is not signed, it only picks the page's words.
  const signed = links.url(ticket.frontdeskId ?? ticket.id);
  const url = language ? `${signed}&lang=${encodeURIComponent(language)}` : signed;
  return { ...ticket, url, statusLabel: ticketStatusLabel(ticket.status, language) };
}
