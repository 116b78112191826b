/** Which conversation a top-level DM continues: the DM's latest thread, if it was active recently. */
import type { Conversation } from '@frontdesk/core';
import type { AdapterContext } from './adapter-context.js';
import { parseChannelKey } from './keys.js';

/** The latest threaded conversation of this DM, when its last message is within the follow-up window. */
export async function recentDmConversation(
  context: AdapterContext,
  team: string,
  channel: string,
): Promise<Conversation | undefined> {
  const { settings, store, clock } = context;
  if (settings.dmFollowUpWindowMs === 0) return undefined;
  const latest = await store.listConversationsByChannelKeyPrefix(
    settings.workspaceId,
    settings.botId,
    `slack:${team}:${channel}:`,
    { limit: 5 },
  );
  // Slash-command conversations of the DM have no thread to continue.
  const threaded = latest.find((conversation) => parseChannelKey(conversation.channelKey)?.threadTs);
  if (!threaded) return undefined;
  return clock.now() - threaded.updatedAt <= settings.dmFollowUpWindowMs ? threaded : undefined;
}
