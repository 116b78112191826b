/** A ticket system outside Frontdesk (Jira, ServiceNow, a webhook), as the synced sink drives it. */
import type { Ticket } from '@frontdesk/core';

/** Where the remote keeps the ticket. */
export interface RemoteTicketRef {
  externalId: string;
  url: string | null;
  /** The remote's own name for the ticket people read (e.g. `SUP-12`, `INC0010001`), if it has one. */
  displayId?: string;
}

export interface RemoteTicketSystem {
  /** `jira`, `servicenow`, `webhook`: stored as the ticket's sink. */
  readonly name: string;
  /**
   * Creates the ticket, or finds the one an earlier call created with the same `idempotencyKey`
   * (the key travels with the ticket: a Jira label, a ServiceNow correlation id, a webhook header).
   */
  create(ticket: Ticket, idempotencyKey: string): Promise<RemoteTicketRef>;
  /** The remote's status of the ticket, in its own words; undefined when it cannot tell. */
  status(ticket: Ticket): Promise<string | undefined>;
  /**
   * Checks the credentials and the destination for real (an authenticated read, or a signed ping)
   * without creating anything; resolves to what it found, throws what went wrong.
   */
  check(): Promise<string>;
}
