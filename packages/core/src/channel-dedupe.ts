/** A platform's retry of a message already handled (same channel message id) is answered once. */
import type { Clock } from './clock.js';
import type { ConversationStore } from './conversation-store.js';
import type { IncomingMessage } from './incoming-message.js';

/** Channel message ids are remembered this long; platform retries come within minutes. */
const DEDUPE_TTL_MS = 24 * 60 * 60 * 1000;

/** True the first time a channel message id is seen in its workspace and channel. */
export async function claimChannelMessage(
  store: Pick<ConversationStore, 'claimMarker'>,
  clock: Clock,
  message: Pick<IncomingMessage, 'workspaceId' | 'channel' | 'channelMessageId'>,
): Promise<boolean> {
  const now = clock.now();
  return store.claimMarker(
    {
      key: `dedupe:${message.workspaceId}:${message.channel}:${message.channelMessageId}`,
      value: '1',
      expiresAt: now + DEDUPE_TTL_MS,
    },
    now,
  );
}
