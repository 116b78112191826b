/** The message activities the adapter sends: a finished answer, with its card, citations and fallback. */
import type { ReplyData } from '@frontdesk/core';
import type { Activity } from '@microsoft/agents-activity';
import { type AnswerCardInput, answerCard, CARD_CONTENT_TYPE, plainText } from './card.js';
import { citationEntity, citationMarkers } from './citations.js';
import { suggestedActions } from './suggested-actions.js';

/** Notification previews show about this much. */
const SUMMARY_LENGTH = 200;

function cardMessage(input: AnswerCardInput, text?: string): Partial<Activity> {
  const citations = citationEntity(input.sources, input.language);
  // A stream's final card may hold no answer (the text carries it) and no sources: then the text is the preview.
  const summary = (plainText(input) || text || '').slice(0, SUMMARY_LENGTH);
  return {
    type: 'message',
    ...(text ? { text, textFormat: 'markdown' } : {}),
    ...(summary ? { summary } : {}),
    attachments: [{ contentType: CARD_CONTENT_TYPE, content: answerCard(input) }],
    ...(citations ? { entities: [citations] as Activity['entities'] } : {}),
  };
}

/**
 * One final answer: everything in the card; the plain text rides along as the card's fallback.
 * `data` is already in the person's `language`; the card's own words follow it.
 */
export function answerMessage(
  data: ReplyData,
  messageId: string | undefined,
  language?: string,
): Partial<Activity> {
  const message = cardMessage({
    answer: data.answers,
    sources: data.sources,
    ...(data.ticketDetails ? { ticket: data.ticketDetails } : {}),
    ...(messageId ? { messageId } : {}),
    actions: true,
    ...(language ? { language } : {}),
  });
  return { ...message, ...suggestedActions(data.actions) };
}

/**
 * The last message of a stream: Teams replaces the streamed text with `text`, so the answer is the
 * text (with citation markers) and the card carries sources, ticket and actions.
 */
export function finalStreamMessage(
  data: ReplyData,
  messageId: string | undefined,
  streamId: string | undefined,
  sequence: number,
  language?: string,
): Partial<Activity> {
  const markers = citationMarkers(data.sources);
  const text = `${data.answers}${markers ? `\n\n${markers}` : ''}`;
  const message = cardMessage(
    {
      sources: data.sources,
      ...(data.ticketDetails ? { ticket: data.ticketDetails } : {}),
      ...(messageId ? { messageId } : {}),
      actions: true,
      ...(language ? { language } : {}),
    },
    text,
  );
  const streamInfo = {
    type: 'streaminfo',
    streamType: 'final',
    streamSequence: sequence,
    ...(streamId ? { streamId } : {}),
  };
  return {
    ...message,
    ...suggestedActions(data.actions),
    entities: [...(message.entities ?? []), streamInfo] as Activity['entities'],
  };
}

/** A plain text message (welcome, errors, confirmations). */
export function textMessage(text: string): Partial<Activity> {
  return { type: 'message', text, textFormat: 'markdown' };
}
