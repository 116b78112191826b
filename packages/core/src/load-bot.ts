/** The bot a message is for, with today's setting defaults and the workspace's default rules filled in. */
import { botSettingsSchema } from './bot.js';
import type { ConversationStore } from './conversation-store.js';
import { PermissionError, ValidationError } from './errors.js';
import type { IncomingMessage } from './incoming-message.js';
import type { Bot } from './records.js';
import { effectiveRules } from './session-rules/effective-rules.js';
import type { WorkspaceStore } from './workspace-store.js';

/** A 400 for an unknown bot, a 403 for a disabled one. */
export async function loadBot(
  store: Pick<ConversationStore & WorkspaceStore, 'getBot' | 'getWorkspace'>,
  message: Pick<IncomingMessage, 'workspaceId' | 'botId'>,
): Promise<Bot> {
  const bot = await store.getBot(message.workspaceId, message.botId);
  if (!bot) throw new ValidationError('botId not found');
  if (!bot.enabled) throw new PermissionError('This bot is disabled.');
  // Settings written by an older version get today's defaults for fields they lack; rules the
  // bot did not set come from the workspace's defaults.
  const settings = botSettingsSchema.parse(bot.settings);
  const workspace = await store.getWorkspace(message.workspaceId);
  return {
    ...bot,
    settings: { ...settings, rules: effectiveRules(workspace?.defaultRules, bot.settings.rules) },
  };
}
