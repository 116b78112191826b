/** How the bot speaks to a Slack person: their Slack locale, else the bot's widget language, else English. */
import { type ChatVoice, chatVoice } from '@frontdesk/core';
import type { AdapterContext } from './adapter-context.js';

/**
 * Slack events carry no locale, so it comes from `users.info` (`include_locale`, scope
 * `users:read`), cached per user with the requester; a refused lookup just leaves it unknown.
 * The voice says the core's sentences, the bot's canned replies and the adapter's words in it.
 */
export async function slackVoice(
  context: Pick<AdapterContext, 'requesters' | 'store'>,
  user: string | undefined,
  bot: { workspaceId: string; botId: string },
): Promise<ChatVoice> {
  return chatVoice(user ? await context.requesters.locale(user) : undefined, context.store, bot);
}
