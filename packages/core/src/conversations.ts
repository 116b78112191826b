/** Finds or creates the conversation a message belongs to, enforcing workspace and bot ownership. */
import type { Clock } from './clock.js';
import type { ConversationStore } from './conversation-store.js';
import { NotFoundError } from './errors.js';
import type { IdSource } from './id-source.js';
import type { IncomingMessage } from './incoming-message.js';
import type { Conversation } from './records.js';

/**
 * An explicit `conversationId` continues the conversation only in the message's workspace, bot and
 * channel (only the channel a conversation lives in writes the customer's side of it: an API token cannot
 * put words in a web visitor's, Slack user's or Teams user's mouth). Otherwise the message's `channelKey`
 * (a client-chosen id's key) is found or created instead, and without one it is a 404. Either way ids from
 * another workspace reveal nothing. `isNew` says this call created the conversation (so it has no history yet).
 */
export async function resolveConversation(
  store: ConversationStore,
  message: IncomingMessage,
  deps: { clock: Clock; ids: IdSource },
): Promise<{ conversation: Conversation; isNew: boolean }> {
  if (message.conversationId) {
    const found = await store.getConversation(message.conversationId);
    if (
      found &&
      found.workspaceId === message.workspaceId &&
      found.botId === message.botId &&
      found.channel === message.channel
    ) {
      return { conversation: found, isNew: false };
    }
    if (!message.channelKey) throw new NotFoundError('Conversation not found.');
  }
  if (message.channelKey) {
    const found = await store.findConversationByChannelKey(
      message.workspaceId,
      message.botId,
      message.channelKey,
    );
    if (found) return { conversation: found, isNew: false };
  }
  const id = deps.ids.id('conv');
  const now = deps.clock.now();
  const conversation: Conversation = {
    id,
    workspaceId: message.workspaceId,
    botId: message.botId,
    channel: message.channel,
    channelKey: message.channelKey ?? `${message.channelScope ?? message.channel}:${id.slice(-12)}`,
    requester: message.requester ?? null,
    createdAt: now,
    updatedAt: now,
  };
  // Two first messages in one thread can race: the store keeps one and returns it to both.
  const stored = await store.createConversation(conversation);
  return { conversation: stored, isNew: stored.id === id };
}
