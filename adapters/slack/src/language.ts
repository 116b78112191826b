/** The language the bot speaks to a Slack person in: their Slack locale, else the bot's widget language, else English. */
import { chatLanguage } from '@frontdesk/core';
import type { AdapterContext } from './adapter-context.js';

/**
 * Slack events carry no locale, so it comes from `users.info` (`include_locale`, scope
 * `users:read`), cached per user with the requester; a refused lookup just leaves it unknown.
 */
export async function slackLanguage(
  context: Pick<AdapterContext, 'requesters' | 'store'>,
  user: string | undefined,
  bot: { workspaceId: string; botId: string },
): Promise<string | undefined> {
  return chatLanguage(user ? await context.requesters.locale(user) : undefined, context.store, bot);
}
