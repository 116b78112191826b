/** How tickets, conversations and messages look in the `/v1/tickets` and `/v1/conversations` API: typed by the wire schemas `/openapi.json` shows. */
import type { Conversation, DeskTicket, Requester, Store, StoredMessage, Ticket } from '@frontdesk/core';
import { toTicketDetails } from '@frontdesk/core';
import type { ConversationRow, MessageView, StaffReplyView, TicketRow } from '@frontdesk/core/wire';

const iso = (time: number) => new Date(time).toISOString();

/** A copy, so the record's type meets the wire's open object. */
const requesterView = (requester: Requester | null) => (requester ? { ...requester } : null);

/** A ticket with everything the console shows in a list row. */
export function ticketView(ticket: Ticket | DeskTicket): TicketRow {
  return {
    ...toTicketDetails(ticket),
    // The desk API addresses tickets by Frontdesk's id; the ticket system's is `externalId`.
    id: ticket.id,
    summary: ticket.summary,
    conversationId: ticket.conversationId,
    botId: ticket.botId,
    ...('channel' in ticket ? { channel: ticket.channel } : {}),
    sink: ticket.sink,
    externalId: ticket.externalId,
    trigger: ticket.trigger,
    requester: requesterView(ticket.requester),
    assignee: ticket.assignee ?? null,
    groupId: ticket.groupId ?? null,
  };
}

/** Previews are cut here: enough for a line or two in a list. */
const PREVIEW_LENGTH = 140;

/** A conversation; in lists, with a preview of its latest message. */
export function conversationView(
  conversation: Conversation,
  options: { paused?: boolean; lastMessage?: StoredMessage | undefined } = {},
): ConversationRow {
  const last = options.lastMessage;
  return {
    id: conversation.id,
    botId: conversation.botId,
    channel: conversation.channel,
    requester: requesterView(conversation.requester),
    createdDate: iso(conversation.createdAt),
    lastModifiedDate: iso(conversation.updatedAt),
    ...(options.paused !== undefined ? { paused: options.paused } : {}),
    ...(last
      ? {
          lastMessage: {
            role: last.role,
            text:
              last.text.length > PREVIEW_LENGTH ? `${last.text.slice(0, PREVIEW_LENGTH - 1)}…` : last.text,
            createdDate: iso(last.createdAt),
          },
        }
      : {}),
  };
}

export function messageView(message: StoredMessage): MessageView {
  return {
    id: message.id,
    role: message.role,
    text: message.text,
    sources: message.sources,
    ticketId: message.ticketId,
    createdDate: iso(message.createdAt),
  };
}

/** A staff reply with how its delivery went: `delivered`, `pending` (being retried) or `failed` with the reason. */
export async function replyView(store: Store, message: StoredMessage): Promise<StaffReplyView> {
  const delivery = await store.getOutboxByKey(message.workspaceId, message.id);
  return {
    ...messageView(message),
    delivery: delivery ? { status: delivery.status, error: delivery.error } : null,
  };
}
