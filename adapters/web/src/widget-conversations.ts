/** A visitor's conversations: ownership, and stored messages as the widget shows them. */
import {
  type Conversation,
  type ConversationStore,
  NotFoundError,
  replyActionsFor,
  type StoredMessage,
  type TicketDetails,
  toTicketDetails,
  type WidgetAttachment,
  type WidgetMessage,
} from '@frontdesk/core';
import type { FileStorage } from '@frontdesk/services/files/file-storage';
import { forVisitor, type TicketLinks } from './ticket-links.js';
import type { VisitorClaims } from './visitor-token.js';

/** A file line of a visitor's message (see message-attachments.ts). */
const FILE_LINE = /\[(📎 [^\]\n]*)\]\(attachment:(att_[\w-]+)\)/g;

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

/**
 * A visitor's message as the widget shows it: each stored file as an attachment (its type and size
 * from the file storage) and its line taken out of the text; a file no longer stored stays as
 * `📎 name` words.
 */
async function visitorMessage(
  text: string,
  files: FileStorage | undefined,
): Promise<{ text: string; attachments?: WidgetAttachment[] }> {
  const attachments: WidgetAttachment[] = [];
  let kept = text;
  for (const match of files ? text.matchAll(FILE_LINE) : []) {
    const info = await files?.info(match[2] as string);
    if (!info) continue;
    attachments.push({ id: info.id, name: info.name, type: info.type, size: info.size });
    kept = kept.replace(match[0], '');
  }
  kept = kept
    .replace(FILE_LINE, '$1')
    .replace(/\n{2,}/g, '\n')
    .trim();
  return attachments.length > 0 ? { text: kept, attachments } : { text: kept };
}

/** Stored messages as the widget shows them, with each message's ticket looked up once. */
export async function toWidgetMessages(
  store: ConversationStore,
  messages: StoredMessage[],
  links: TicketLinks,
  /** The visitor's language: each ticket's `statusLabel` is said in it. */
  language: string | undefined,
  /** Where the visitor's files are: with it, their messages carry them as attachments. */
  files?: FileStorage,
): Promise<WidgetMessage[]> {
  const tickets = new Map<string, TicketDetails | undefined>();
  for (const message of messages) {
    if (message.ticketId && !tickets.has(message.ticketId)) {
      const ticket = await store.getTicket(message.ticketId);
      tickets.set(message.ticketId, ticket && forVisitor(toTicketDetails(ticket), links, language));
    }
  }
  const shown: WidgetMessage[] = [];
  for (const message of messages) {
    const ticket = message.ticketId ? tickets.get(message.ticketId) : undefined;
    const actions = message.role === 'user' ? [] : replyActionsFor(message.text);
    shown.push({
      id: message.id,
      role: message.role,
      ...(message.role === 'user' ? await visitorMessage(message.text, files) : { text: message.text }),
      sources: message.sources,
      ...(ticket ? { ticket } : {}),
      ...(actions.length > 0 ? { actions } : {}),
      createdAt: message.createdAt,
    });
  }
  return shown;
}
