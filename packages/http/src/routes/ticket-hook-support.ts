/** Shared by the ticket-system callbacks: finding the integration a hook URL names, and applying an update. */
import {
  changeTicket,
  type Integration,
  type IntegrationKind,
  NotFoundError,
  replyAsStaff,
  type Store,
  type Ticket,
  type TicketUpdateDeps,
} from '@frontdesk/core';

/**
 * The integration of `kind` with this id, in whichever workspace holds it. Hook URLs name only the
 * integration (Jira and webhook senders know nothing of workspaces); ids are unique across them.
 */
export async function findHookIntegration(
  store: Store,
  kind: IntegrationKind,
  integrationId: string,
): Promise<Integration> {
  // One indexed read, whatever the number of workspaces: unauthenticated senders cost the same everywhere.
  const integration = await store.findIntegration(integrationId);
  if (integration?.kind === kind && integration.status === 'active') return integration;
  throw new NotFoundError('No such integration.');
}

/** A status change and an optional comment from the ticket system, posted into the requester's conversation. */
export async function applyRemoteUpdate(
  deps: TicketUpdateDeps,
  ticket: Ticket,
  update: { status?: string | undefined; comment?: string | undefined },
): Promise<Ticket> {
  let current = ticket;
  if (update.status) current = await changeTicket(deps, ticket, { status: update.status });
  if (update.comment) {
    const conversation = await deps.store.getConversation(ticket.conversationId);
    if (conversation) await replyAsStaff(deps, { conversation, text: update.comment, ticketId: ticket.id });
  }
  return current;
}
