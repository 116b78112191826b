/** The port that keeps channel connections: Slack installations and which bot answers in which channel. */

/**
 * One "Add to Slack" install of the app into a Slack workspace (or an Enterprise Grid org, when
 * `isEnterpriseInstall`), mapped to a Frontdesk workspace and its default bot.
 */
export interface SlackInstallation {
  id: string;
  workspaceId: string;
  /** The bot that answers unless a channel is routed to another. */
  botId: string;
  /** Slack's team id; null for an org-wide install. */
  teamId: string | null;
  enterpriseId: string | null;
  isEnterpriseInstall: boolean;
  /** The sealed JSON of Slack's installation record (tokens inside); never returned by any API. */
  secret: string;
  createdAt: number;
  updatedAt: number;
}

/** Where Slack events name an installation: a team, or an org for org-wide installs. */
export interface SlackInstallationQuery {
  teamId?: string | null;
  enterpriseId?: string | null;
  isEnterpriseInstall?: boolean;
}

/** A channel of a connection answered by another bot than the connection's default. */
export interface ChannelRoute {
  /** The connection (a Slack installation id, or `slack:env` for the SLACK_BOT_TOKEN setup). */
  connectionId: string;
  /** The platform's channel id, e.g. Slack's `C0123`. */
  channelId: string;
  workspaceId: string;
  botId: string;
  updatedAt: number;
}

/** How a channel reaches a conversation later (Teams' conversation reference), and whether it still can. */
export interface ConversationReferenceRecord {
  /** The core's channel key of the conversation. */
  channelKey: string;
  /** The platform's reference, as JSON. */
  reference: string;
  /** Set when the platform said the bot can no longer post there (403, 404), with its code. */
  goneStatus: number | null;
  goneReason: string | null;
  updatedAt: number;
}

/** The message a ticket was opened from, whose reaction shows the ticket's status (Slack). */
export interface TicketOrigin {
  ticketId: string;
  channelId: string;
  messageTs: string;
  /** The status reaction shown now, if any. */
  statusEmoji: string | null;
  updatedAt: number;
}

/** One Microsoft app id (an Azure Bot registration) answering in Teams for a workspace's bot. */
export interface TeamsRegistration {
  /** The Microsoft app id; activities name it as `recipient.id` `28:{appId}` and as their token's audience. */
  appId: string;
  workspaceId: string;
  /** The bot that answers through this registration. */
  botId: string;
  /** The tenant of a single-tenant app; null for multi-tenant. */
  tenantId: string | null;
  /** The sealed client secret, for sending; never returned by any API. */
  secret: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface ChannelStore {
  /**
   * Inserts the installation, or updates the one for the same team (or org, for org-wide
   * installs), keeping its id and creation time; returns the stored one.
   */
  saveSlackInstallation(installation: SlackInstallation): Promise<SlackInstallation>;
  /** The installation for a team, else the org-wide one of its enterprise. */
  findSlackInstallation(query: SlackInstallationQuery): Promise<SlackInstallation | undefined>;
  listSlackInstallations(workspaceId: string): Promise<SlackInstallation[]>;
  /** Removes the installation and its channel routes; false when there was none. */
  deleteSlackInstallation(id: string): Promise<boolean>;

  /** Inserts or replaces the route of one channel. */
  setChannelRoute(route: ChannelRoute): Promise<void>;
  getChannelRoute(connectionId: string, channelId: string): Promise<ChannelRoute | undefined>;
  /** A workspace's routes, by connection then channel. */
  listChannelRoutes(workspaceId: string): Promise<ChannelRoute[]>;
  /** Removes the route of one channel of the workspace; false when it had none there. */
  deleteChannelRoute(workspaceId: string, connectionId: string, channelId: string): Promise<boolean>;

  /** Inserts or replaces the reference; a fresh one clears an earlier "gone" (the bot is back). */
  saveConversationReference(channelKey: string, reference: string, updatedAt: number): Promise<void>;
  getConversationReference(channelKey: string): Promise<ConversationReferenceRecord | undefined>;
  /** Records that the platform refused the conversation for good; nothing happens without a reference. */
  markConversationGone(
    channelKey: string,
    gone: { status: number; reason: string; at: number },
  ): Promise<void>;

  /** Inserts or replaces a registration (keyed by app id). */
  saveTeamsRegistration(registration: TeamsRegistration): Promise<void>;
  getTeamsRegistration(appId: string): Promise<TeamsRegistration | undefined>;
  listTeamsRegistrations(workspaceId: string): Promise<TeamsRegistration[]>;
  /** How many registrations there are, in all workspaces (the start log says it). */
  countTeamsRegistrations(): Promise<number>;
  /** Removes the registration and its channel routes; false when the workspace had no such registration. */
  deleteTeamsRegistration(workspaceId: string, appId: string): Promise<boolean>;

  /** Inserts or replaces the origin of a ticket. */
  saveTicketOrigin(origin: TicketOrigin): Promise<void>;
  getTicketOrigin(ticketId: string): Promise<TicketOrigin | undefined>;
}

/** The unique key of an installation: its team, or its org for an org-wide install. */
export function slackInstallKey(installation: {
  teamId: string | null;
  enterpriseId: string | null;
  isEnterpriseInstall: boolean;
}): string {
  return installation.isEnterpriseInstall ? `E:${installation.enterpriseId}` : `T:${installation.teamId}`;
}
