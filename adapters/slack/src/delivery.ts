/** The Slack delivery port: staff replies and ticket updates go into the conversation's thread, once. */
import { type Conversation, type OutgoingMessage, replyActionsFor } from '@frontdesk/core';
import type { AdapterContext } from './adapter-context.js';
import {
  chunkBlocks,
  fallbackText,
  type KnownBlock,
  replyActionsBlock,
  textBlocks,
  ticketBlock,
} from './blocks.js';
import { markerKeys, parseChannelKey } from './keys.js';
import { showTicketStatus } from './ticket-status.js';

/** Delivery ids are remembered this long; the core's outbox retries within hours. */
const DELIVERED_TTL_MS = 7 * 24 * 60 * 60 * 1000;

const HEADINGS: Record<OutgoingMessage['kind'], string> = {
  'staff-reply': ':speech_balloon: *Reply from support*',
  'ticket-update': ':ticket: *Ticket update*',
  'csat-question': ':star: *How did we do?*',
};

/** Delivers one message; a second call with the same `message.id` does nothing. */
export async function deliverToSlack(
  context: AdapterContext,
  conversation: Conversation,
  message: OutgoingMessage,
): Promise<void> {
  const thread = parseChannelKey(conversation.channelKey);
  if (!thread) throw new Error(`Not a Slack conversation: ${conversation.id}`);
  // Conversations without a thread (slash commands) are answered in a DM with the requester.
  const channel = thread.threadTs ? thread.channel : conversation.requester?.id;
  if (!channel) throw new Error(`No Slack thread or user for conversation ${conversation.id}`);

  const key = markerKeys.delivered(message.id);
  const now = context.clock.now();
  const fresh = await context.store.claimMarker({ key, value: '1', expiresAt: now + DELIVERED_TTL_MS }, now);
  if (!fresh) return;

  const blocks: KnownBlock[] = [
    { type: 'section', text: { type: 'mrkdwn', text: HEADINGS[message.kind] } },
    ...textBlocks(message.text),
    ...(message.ticket ? [ticketBlock(message.ticket)] : []),
  ];
  // A CSAT question comes with its 1–5 buttons.
  const actions = replyActionsFor(message.text);
  if (actions.length > 0) blocks.push(replyActionsBlock(conversation.id, actions));
  try {
    for (const chunk of chunkBlocks(blocks)) {
      await context.client.chat.postMessage({
        channel,
        ...(thread.threadTs ? { thread_ts: thread.threadTs } : {}),
        text: fallbackText(message.text),
        blocks: chunk,
      });
    }
  } catch (error) {
    // Not delivered: let the caller's retry try again.
    await context.store.deleteMarker(key);
    throw error;
  }
  if (message.ticket) await showTicketStatus(context, message.ticket);
}
