/**
 * Bolt's `authorize` for one bot token (the SLACK_BOT_TOKEN setup): `auth.test` runs once and its
 * answer is kept, instead of Bolt's default of one `auth.test` before almost every event.
 */
import type { AuthorizeResult, webApi } from '@slack/bolt';

export interface SingleToken {
  authorize(): Promise<AuthorizeResult>;
  /** The Slack team the token belongs to. */
  teamId(): Promise<string | undefined>;
}

interface Identity {
  botId?: string;
  botUserId?: string;
  teamId?: string;
}

/** The bot's ids from `auth.test`, asked once; a failed call is asked again next time. */
export function singleToken(client: webApi.WebClient, botToken: string): SingleToken {
  let identity: Promise<Identity> | undefined;
  const load = () => {
    identity ??= client.auth
      .test({ token: botToken })
      .then((result) => ({
        ...(result.bot_id ? { botId: result.bot_id } : {}),
        ...(result.user_id ? { botUserId: result.user_id } : {}),
        ...(result.team_id ? { teamId: result.team_id } : {}),
      }))
      .catch((error: unknown) => {
        identity = undefined;
        throw error;
      });
    return identity;
  };
  return {
    async authorize() {
      const { botId, botUserId } = await load();
      return { botToken, ...(botId ? { botId } : {}), ...(botUserId ? { botUserId } : {}) };
    },
    async teamId() {
      return (await load()).teamId;
    },
  };
}
