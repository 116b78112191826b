/** The Slack delivery port: staff replies and ticket updates go into the conversation's thread, once. */
import {
  type Conversation,
  localizeActions,
  type OutgoingMessage,
  PermanentDeliveryError,
  replyActionsFor,
} from '@frontdesk/core';
import type { AdapterContext } from './adapter-context.js';
import {
  chunkBlocks,
  fallbackText,
  type KnownBlock,
  replyActionsBlock,
  textBlocks,
  ticketBlock,
} from './blocks.js';
import { contextForTeam } from './connections.js';
import { markerKeys, parseChannelKey } from './keys.js';
import { slackVoice } from './language.js';
import { slackErrorCode } from './receiver.js';
import { showTicketStatus } from './ticket-status.js';

/** Delivery ids are remembered this long; the core's outbox retries within hours. */
const DELIVERED_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** The emoji and the chat word that head each kind of delivery. */
const HEADINGS: Record<
  OutgoingMessage['kind'],
  [emoji: string, word: 'replyFromSupport' | 'ticketUpdate' | 'howDidWeDo']
> = {
  'staff-reply': [':speech_balloon:', 'replyFromSupport'],
  'ticket-update': [':ticket:', 'ticketUpdate'],
  'csat-question': [':star:', 'howDidWeDo'],
};

/**
 * Web API errors after which this message can never be delivered: the channel is gone or closed to
 * the bot, or the installation's token no longer works.
 */
export const PERMANENT_SLACK_ERRORS = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'account_inactive',
  'invalid_auth',
  'token_revoked',
  'user_not_found',
]);

/** A PermanentDeliveryError for those errors, so the router fails the delivery at once; others as they are. */
export function permanentOr(error: unknown): unknown {
  const code = slackErrorCode(error);
  if (!code || !PERMANENT_SLACK_ERRORS.has(code)) return error;
  return new PermanentDeliveryError(code, `Slack refused the message: ${code}`, { cause: error });
}

/** Delivers one message; a second call with the same `message.id` does nothing. */
export async function deliverToSlack(
  base: AdapterContext,
  conversation: Conversation,
  message: OutgoingMessage,
): Promise<void> {
  const thread = parseChannelKey(conversation.channelKey);
  if (!thread) throw new Error(`Not a Slack conversation: ${conversation.id}`);
  // Through the installation of the conversation's team; an uninstalled team can never be reached again.
  const context = await contextForTeam(base, conversation.workspaceId, thread.team);
  if (!context) {
    throw new PermanentDeliveryError(
      'not_installed',
      `Frontdesk is no longer installed in Slack team ${thread.team}.`,
    );
  }
  // Conversations without a thread (slash commands) are answered in a DM with the requester.
  const channel = thread.threadTs ? thread.channel : conversation.requester?.id;
  if (!channel) throw new Error(`No Slack thread or user for conversation ${conversation.id}`);

  // In the requester's language, as the thread was answered, with the bot's own canned texts.
  const voice = await slackVoice(context, conversation.requester?.id, conversation);
  const { language } = voice;
  const key = markerKeys.delivered(message.id);
  const now = context.clock.now();
  const fresh = await context.store.claimMarker({ key, value: '1', expiresAt: now + DELIVERED_TTL_MS }, now);
  if (!fresh) return;

  const text = voice.text(message.text);
  const [emoji, heading] = HEADINGS[message.kind];
  const blocks: KnownBlock[] = [
    { type: 'section', text: { type: 'mrkdwn', text: `${emoji} *${voice.words[heading]}*` } },
    ...textBlocks(text),
    ...(message.ticket ? [ticketBlock(message.ticket, language)] : []),
  ];
  // A CSAT question comes with its 1–5 buttons (decided on the English text the core wrote).
  const actions = localizeActions(replyActionsFor(message.text), language);
  if (actions.length > 0) blocks.push(replyActionsBlock(conversation.id, actions));
  try {
    for (const chunk of chunkBlocks(blocks)) {
      await context.client.chat.postMessage({
        channel,
        ...(thread.threadTs ? { thread_ts: thread.threadTs } : {}),
        text: fallbackText(text),
        blocks: chunk,
      });
    }
  } catch (error) {
    // Not delivered: let the caller's retry try again, unless Slack will never take it.
    await context.store.deleteMarker(key);
    throw permanentOr(error);
  }
  if (message.ticket) await showTicketStatus(context, message.ticket);
}
