/** What staff do to a ticket (reply, change status, priority, assignee), posted back into the conversation. */
import type { Clock } from './clock.js';
import { resumeConversation } from './conversation-pause.js';
import { CSAT_QUESTION, expectCsat } from './csat.js';
import type { OutgoingMessage } from './delivery.js';
import type { IdSource } from './id-source.js';
import type { Conversation, StoredMessage, Ticket } from './records.js';
import type { Store } from './store.js';
import { toTicketDetails } from './ticket-details.js';
import { statusUpdateText } from './ticket-status-labels.js';

export interface TicketUpdateDeps {
  store: Store;
  ids: IdSource;
  clock: Clock;
  /** Records the message in the outbox and delivers it to the conversation's channel. */
  send(conversation: Conversation, message: OutgoingMessage): Promise<unknown>;
}

/** Statuses after which the requester is asked for a rating. */
export function isResolvedStatus(status: string): boolean {
  return /^(resolved|closed|done|solved|completed)$/i.test(status.trim());
}

/** Stores a message in the transcript and sends it to the requester's channel; the message id is the delivery id. */
async function post(
  deps: TicketUpdateDeps,
  conversation: Conversation,
  message: Omit<StoredMessage, 'workspaceId' | 'conversationId' | 'createdAt' | 'sources'>,
  kind: OutgoingMessage['kind'],
  ticket?: Ticket,
): Promise<StoredMessage> {
  const stored: StoredMessage = {
    ...message,
    workspaceId: conversation.workspaceId,
    conversationId: conversation.id,
    sources: [],
    createdAt: deps.clock.now(),
  };
  await deps.store.appendMessage(stored);
  await deps.send(conversation, {
    id: stored.id,
    kind,
    text: stored.text,
    ...(ticket ? { ticket: toTicketDetails(ticket) } : {}),
  });
  return stored;
}

/** A staff answer: kept with role `staff` and delivered to the requester's channel. */
export function replyAsStaff(
  deps: TicketUpdateDeps,
  options: { conversation: Conversation; text: string; ticketId?: string | null },
): Promise<StoredMessage> {
  return post(
    deps,
    options.conversation,
    { id: deps.ids.id('msg'), role: 'staff', text: options.text, ticketId: options.ticketId ?? null },
    'staff-reply',
  );
}

/**
 * Applies changes to a ticket. A new status is posted into the conversation; a resolved one ends
 * a staff take-over and is followed by the CSAT question, asked once per ticket. Returns the
 * updated ticket.
 */
export async function changeTicket(
  deps: TicketUpdateDeps,
  ticket: Ticket,
  changes: { status?: string; priority?: string; assignee?: string | null; groupId?: string | null },
): Promise<Ticket> {
  const now = deps.clock.now();
  await deps.store.updateTicket(ticket.id, { ...changes, updatedAt: now });
  const updated = (await deps.store.getTicket(ticket.id)) ?? ticket;
  const statusChanged = changes.status !== undefined && changes.status !== ticket.status;
  if (!statusChanged) return updated;
  const conversation = await deps.store.getConversation(ticket.conversationId);
  if (!conversation) return updated;
  await post(
    deps,
    conversation,
    {
      id: deps.ids.id('msg'),
      role: 'system',
      // The id the visitor's ticket card shows (a Jira key, a ServiceNow number), not Frontdesk's own.
      text: statusUpdateText(toTicketDetails(updated).id, updated.status),
      ticketId: ticket.id,
    },
    'ticket-update',
    updated,
  );
  if (isResolvedStatus(updated.status) && !isResolvedStatus(ticket.status)) {
    // Resolving ends a take-over: the rating is taken and the next question gets the agent again.
    await resumeConversation(deps.store, conversation.id, now);
    await expectCsat(deps.store, { conversationId: conversation.id, ticketId: ticket.id, now });
    // The id names the ticket, so reopening and resolving again never asks twice.
    const asked = await deps.store.getOutboxByKey(conversation.workspaceId, `csat:${ticket.id}`);
    if (!asked) {
      await deps.send(conversation, { id: `csat:${ticket.id}`, kind: 'csat-question', text: CSAT_QUESTION });
      await deps.store.appendMessage({
        id: deps.ids.id('msg'),
        workspaceId: conversation.workspaceId,
        conversationId: conversation.id,
        role: 'system',
        text: CSAT_QUESTION,
        sources: [],
        ticketId: ticket.id,
        createdAt: deps.clock.now(),
      });
    }
  }
  return updated;
}
