/** Tickets from Teams: the card's "Talk to a human" and the "Create ticket" message action. */
import { chatVoice, localizeReplyEvents, type ReplyData } from '@frontdesk/core';
import type { TurnContext } from '@microsoft/agents-hosting';
import type { AdapterContext } from './adapter-context.js';
import { incomingFrom } from './answer.js';
import { markGone, saveReference } from './conversation-reference.js';
import { ConversationGoneError } from './errors.js';
import { answerMessage } from './reply-activity.js';
import { requesterFromActivity } from './requester.js';

/** The message action's command id in the app manifest. */
export const CREATE_TICKET_COMMAND = 'createTicket';

/**
 * Asks the core to open (or link) the conversation's ticket, then posts the ticket card into the
 * conversation in the background. Returns the handover text for the invoke response, both in the
 * language of the person's Teams client (the bot's own canned hand-over when it has one).
 */
export async function openTeamsTicket(
  context: AdapterContext,
  turn: TurnContext,
  input: { text: string; channelKey: string },
): Promise<{ text: string; data?: ReplyData }> {
  const activity = turn.activity;
  const voice = await chatVoice(activity.locale, context.store, context.settings);
  const reply = await context.core.handleIncoming(
    incomingFrom(context, activity, {
      text: input.text,
      channelKey: input.channelKey,
      requester: requesterFromActivity(activity),
      escalate: true,
    }),
  );
  if (reply.duplicate) return { text: voice.words.alreadyHandled };
  const { language } = voice;
  let data: ReplyData | undefined;
  let messageId: string | undefined;
  for await (const event of localizeReplyEvents(reply.events, language, voice)) {
    if (event.type === 'message-start') messageId = event.messageId;
    if (event.type === 'message-end') data = event.data;
  }
  if (!data) return { text: voice.words.ticketNotOpened };
  const { reference } = await saveReference(context.store, activity, context.clock.now());
  const card = answerMessage(data, messageId, language);
  context.background('ticket card', () =>
    context.continueWith(reference, input.channelKey, async (_turn, send) => {
      try {
        await send(card);
      } catch (error) {
        if (!(error instanceof ConversationGoneError)) throw error;
        await markGone(context.store, input.channelKey, error, context.clock.now());
      }
    }),
  );
  return { text: data.answers, data };
}

/**
 * Invoke answers (a card action's toast, a message action's dialog) are shown as plain text, so
 * the confirmation's markdown is taken out there; the card posted into the chat shows it bold.
 */
export function plainConfirmation(markdown: string): string {
  return markdown
    .replace(/\*\*(.+?)\*\*|__(.+?)__/g, (_all, a?: string, b?: string) => a ?? b ?? '')
    .replace(/\[([^\]]+)\]\((\S+?)\)/g, '$1 ($2)');
}

/** Teams hands the message as HTML; the ticket gets its text. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** `composeExtension/submitAction` for "Create ticket": opens a ticket from the chosen message. */
export async function handleCreateTicketAction(
  context: AdapterContext,
  turn: TurnContext,
  channelKey: string,
): Promise<{ status: number; body?: unknown }> {
  const value = (turn.activity.value ?? {}) as {
    commandId?: string;
    data?: { note?: unknown };
    messagePayload?: {
      body?: { content?: string; contentType?: string };
      from?: { user?: { displayName?: string } };
    };
  };
  if (value.commandId !== CREATE_TICKET_COMMAND) return { status: 404 };
  const content = value.messagePayload?.body?.content ?? '';
  const quoted = value.messagePayload?.body?.contentType === 'html' ? htmlToText(content) : content.trim();
  const note = typeof value.data?.note === 'string' ? value.data.note.trim() : '';
  const author = value.messagePayload?.from?.user?.displayName;
  const text = [note, quoted && `${author ? `${author} wrote:` : 'Message:'}\n${quoted}`]
    .filter(Boolean)
    .join('\n\n');
  const opened = await openTeamsTicket(context, turn, {
    text: text || 'Ticket from a Teams message',
    channelKey,
  });
  return { status: 200, body: { task: { type: 'message', value: plainConfirmation(opened.text) } } };
}
