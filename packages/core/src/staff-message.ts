/** A staff message written outside the pipeline (the console's reply): the bot's `stopBotFromMe` decides whether it pauses. */
import { botSettingsSchema } from './bot.js';
import { pauseConversation } from './conversation-pause.js';
import type { Conversation } from './records.js';
import type { Store } from './store.js';

/**
 * Pauses the bot in the conversation when its rules say staff messages do (`stopBotFromMe`, the
 * default); returns true when this call paused it. With `stopBotFromMe: false` the bot keeps answering.
 */
export async function applyStaffMessage(
  store: Store,
  conversation: Conversation,
  options: { by: string; now: number },
): Promise<boolean> {
  const bot = await store.getBot(conversation.workspaceId, conversation.botId);
  if (!bot) return false;
  const { rules } = botSettingsSchema.parse(bot.settings);
  if (!rules.stopBotFromMe) return false;
  return pauseConversation(store, conversation.id, options);
}
