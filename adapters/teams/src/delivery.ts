/** The Teams delivery port: staff replies and ticket updates go proactively into the conversation, once. */
import {
  type Conversation,
  chatVoice,
  localizeActions,
  type OutgoingMessage,
  replyActionsFor,
} from '@frontdesk/core';
import type { AdapterContext } from './adapter-context.js';
import { answerCard, CARD_CONTENT_TYPE, plainText } from './card.js';
import { goneReason, loadReference, markGone } from './conversation-reference.js';
import { ConversationGoneError } from './errors.js';
import { DELIVERY_TTL_MS, markerKeys } from './keys.js';
import { suggestedActions } from './suggested-actions.js';

/** The card heading of each kind of delivery, a key of the chat words. */
const HEADINGS: Record<OutgoingMessage['kind'], 'replyFromSupport' | 'ticketUpdate' | 'howDidWeDo'> = {
  'staff-reply': 'replyFromSupport',
  'ticket-update': 'ticketUpdate',
  'csat-question': 'howDidWeDo',
};

export type DeliveryState =
  | { state: 'sending' | 'delivered'; at: number }
  | { state: 'failed'; reason: string; at: number };

/** The recorded state of a delivery, if it was attempted. */
export async function deliveryState(
  context: Pick<AdapterContext, 'store' | 'clock'>,
  messageId: string,
): Promise<DeliveryState | undefined> {
  const marker = await context.store.getMarker(markerKeys.delivery(messageId), context.clock.now());
  return marker ? (JSON.parse(marker.value) as DeliveryState) : undefined;
}

function record(context: AdapterContext, messageId: string, state: DeliveryState): Promise<void> {
  return context.store.putMarker({
    key: markerKeys.delivery(messageId),
    value: JSON.stringify(state),
    expiresAt: context.clock.now() + DELIVERY_TTL_MS,
  });
}

/**
 * Delivers one message; a second call with the same id does nothing. A conversation Teams refused
 * (403 BotNotInConversationRoster, 404 ConversationNotFound) marks the delivery failed with the
 * reason and throws a ConversationGoneError (`permanent`), so callers stop retrying.
 */
export async function deliverToTeams(
  context: AdapterContext,
  conversation: Conversation,
  message: OutgoingMessage,
): Promise<void> {
  const now = context.clock.now();
  const key = markerKeys.delivery(message.id);
  const fresh = await context.store.claimMarker(
    { key, value: JSON.stringify({ state: 'sending', at: now }), expiresAt: now + DELIVERY_TTL_MS },
    now,
  );
  if (!fresh) {
    // Tried before: a delivery that failed for good fails again, so it is never counted as delivered.
    const earlier = await deliveryState(context, message.id);
    if (earlier?.state === 'failed') throw new ConversationGoneError(404, earlier.reason);
    return;
  }
  try {
    const gone = await goneReason(context.store, conversation.channelKey, now);
    if (gone) throw gone;
    const reference = await loadReference(context.store, conversation.channelKey, now);
    if (!reference) throw new ConversationGoneError(404, 'NoConversationReference');
    // The reference keeps the locale of the last activity there: the conversation's language.
    const voice = await chatVoice(reference.locale, context.store, conversation);
    const { language } = voice;
    const input = {
      heading: voice.words[HEADINGS[message.kind]],
      // The core's sentences, or the bot's own canned text (a rating question) in the language.
      answer: voice.text(message.text),
      sources: message.sources ?? [],
      ...(message.ticket ? { ticket: message.ticket } : {}),
      ...(language ? { language } : {}),
    };
    await context.continueWith(reference, conversation.channelKey, async (_turn, send) => {
      await send({
        type: 'message',
        summary: plainText(input).slice(0, 200),
        attachments: [{ contentType: CARD_CONTENT_TYPE, content: answerCard(input) }],
        // A CSAT question comes with its 1–5 buttons (decided on the English text the core wrote).
        ...suggestedActions(localizeActions(replyActionsFor(message.text), language)),
      });
    });
    await record(context, message.id, { state: 'delivered', at: context.clock.now() });
  } catch (error) {
    if (error instanceof ConversationGoneError) {
      if (error.reason !== 'NoConversationReference') {
        await markGone(context.store, conversation.channelKey, error, context.clock.now());
      }
      await record(context, message.id, { state: 'failed', reason: error.reason, at: context.clock.now() });
      context.logger.warn(
        { conversationId: conversation.id, reason: error.reason },
        'teams: delivery failed for good',
      );
      throw error;
    }
    // Not delivered: a later retry may try again.
    await context.store.deleteMarker(key);
    throw error;
  }
}
