/** What the channel APIs answer (`/v1/slack/connections`, `/v1/teams/registrations`), as the console reads it. */

export interface SlackConnection {
  id: string;
  teamId: string | null;
  enterpriseId: string | null;
  botId: string;
  /** Channels answered by a bot of their own. */
  routes: { channelId: string; botId: string }[];
}

/** A Teams connection: this server's MICROSOFT_APP_ID (or Emulator), `teams:env`, or a registered app id. */
export interface TeamsRegistration {
  connectionId: string;
  kind: 'environment' | 'registration';
  /** Null for the Emulator (no app id). */
  appId: string | null;
  botId: string;
  tenantId: string | null;
  hasSecret: boolean;
  /** Teams channels (or teams) answered by a bot of their own. */
  routes: { channelId: string; botId: string }[];
}

/** How a Teams connection is named: its app id, or this server's own setup. */
export function teamsConnectionName(connection: TeamsRegistration): string {
  if (connection.kind === 'registration') return connection.appId ?? connection.connectionId;
  return connection.appId
    ? `This server’s MICROSOFT_APP_ID (${connection.appId})`
    : 'Bot Framework Emulator (FRONTDESK_TEAMS_EMULATOR)';
}

export interface BotChoice {
  id: string;
  name: string;
}

/** How a connection is named: its Slack team, or the SLACK_BOT_TOKEN setup. */
export function connectionName(connection: SlackConnection): string {
  if (!connection.teamId) return 'This server’s SLACK_BOT_TOKEN';
  return connection.enterpriseId ? `${connection.teamId} (${connection.enterpriseId})` : connection.teamId;
}
