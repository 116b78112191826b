/**
 * Bolt's `authorize` for one bot token (the SLACK_BOT_TOKEN setup): `auth.test` runs once and its
 * answer is kept, instead of Bolt's default of one `auth.test` before almost every event.
 */
import type { AuthorizeResult, webApi } from '@slack/bolt';

export type Authorize = () => Promise<AuthorizeResult>;

/** The bot's ids from `auth.test`, asked once; a failed call is asked again next time. */
export function singleTokenAuthorize(client: webApi.WebClient, botToken: string): Authorize {
  let identity: Promise<{ botId?: string; botUserId?: string }> | undefined;
  return async () => {
    identity ??= client.auth
      .test({ token: botToken })
      .then((result) => ({
        ...(result.bot_id ? { botId: result.bot_id } : {}),
        ...(result.user_id ? { botUserId: result.user_id } : {}),
      }))
      .catch((error: unknown) => {
        identity = undefined;
        throw error;
      });
    return { botToken, ...(await identity) };
  };
}
