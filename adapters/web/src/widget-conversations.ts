/** A visitor's conversations: ownership, and stored messages as the widget shows them. */
import {
  type Conversation,
  type ConversationStore,
  NotFoundError,
  replyActionsFor,
  type StoredMessage,
  type TicketDetails,
  toTicketDetails,
  type WidgetMessage,
} from '@frontdesk/core';
import { forVisitor, type TicketLinks } from './ticket-links.js';
import type { VisitorClaims } from './visitor-token.js';

/** A file line of a visitor's message (see message-attachments.ts). */
const FILE_LINE = /\[(📎 [^\]\n]*)\]\(attachment:att_[\w-]+\)/g;

/** Every conversation a visitor starts gets a channel key under this scope. */
export function visitorScope(claims: VisitorClaims): string {
  return `web:${claims.visitorId}`;
}

/** The conversation if it is this visitor's (same workspace, bot and visitor); else a 404. */
export async function visitorConversation(
  store: ConversationStore,
  claims: VisitorClaims,
  conversationId: string,
): Promise<Conversation> {
  const found = await store.getConversation(conversationId);
  const owned =
    found?.workspaceId === claims.workspaceId &&
    found.botId === claims.botId &&
    found.channelKey.startsWith(`${visitorScope(claims)}:`);
  if (!found || !owned) throw new NotFoundError('Conversation not found.');
  return found;
}

/** Stored messages as the widget shows them, with each message's ticket looked up once. */
export async function toWidgetMessages(
  store: ConversationStore,
  messages: StoredMessage[],
  links: TicketLinks,
): Promise<WidgetMessage[]> {
  const tickets = new Map<string, TicketDetails | undefined>();
  for (const message of messages) {
    if (message.ticketId && !tickets.has(message.ticketId)) {
      const ticket = await store.getTicket(message.ticketId);
      tickets.set(message.ticketId, ticket && forVisitor(toTicketDetails(ticket), links));
    }
  }
  return messages.map((message) => {
    const ticket = message.ticketId ? tickets.get(message.ticketId) : undefined;
    const actions = message.role === 'user' ? [] : replyActionsFor(message.text);
    return {
      id: message.id,
      role: message.role,
      // The visitor's files read as `📎 name` (the widget shows no links to them).
      text: message.role === 'user' ? message.text.replace(FILE_LINE, '$1') : message.text,
      sources: message.sources,
      ...(ticket ? { ticket } : {}),
      ...(actions.length > 0 ? { actions } : {}),
      createdAt: message.createdAt,
    };
  });
}
