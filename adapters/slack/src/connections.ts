/**
 * Which connection an event came through (a Slack installation, or the SLACK_BOT_TOKEN setup), and
 * the adapter context scoped to it: its workspace, the bot routed to the channel, its token's client.
 */
import type { SlackInstallation } from '@frontdesk/core';
import type { AuthorizeResult, webApi } from '@slack/bolt';
import type { InstallProvider } from '@slack/oauth';
import type { AdapterContext } from './adapter-context.js';
import type { SingleToken } from './authorize.js';
import type { SlackLogger } from './options.js';
import { createRequesters, type Requesters } from './requesters.js';

/** The connection id of the SLACK_BOT_TOKEN setup (the default workspace's connection). */
export const ENV_CONNECTION = 'slack:env';

/** What `authorize` adds to Bolt's context for Frontdesk. */
export interface Connection {
  connectionId: string;
  workspaceId: string;
  /** The installation's default bot. */
  botId: string;
}

interface Source {
  teamId?: string | undefined;
  enterpriseId?: string | undefined;
  isEnterpriseInstall?: boolean;
}

/**
 * Bolt's `authorize`: an installation of the event's team (or org) answers with its own token and
 * workspace; without one, the SLACK_BOT_TOKEN setup answers for the default workspace.
 */
export function connectionAuthorize(
  context: Pick<AdapterContext, 'store' | 'settings'>,
  options: { installer?: InstallProvider; single?: SingleToken },
): (source: Source) => Promise<AuthorizeResult> {
  return async (source) => {
    const query = {
      teamId: source.teamId ?? null,
      enterpriseId: source.enterpriseId ?? null,
      isEnterpriseInstall: source.isEnterpriseInstall === true,
    };
    const installation = options.installer ? await context.store.findSlackInstallation(query) : undefined;
    if (installation && options.installer) {
      const result = await options.installer.authorize({
        teamId: source.teamId,
        enterpriseId: source.enterpriseId,
        isEnterpriseInstall: installation.isEnterpriseInstall,
      } as never);
      const frontdesk: Connection = {
        connectionId: installation.id,
        workspaceId: installation.workspaceId,
        botId: installation.botId,
      };
      return { ...result, frontdesk };
    }
    // With "Add to Slack" on, the token answers only its own team; other teams must install.
    const ownTeam = options.single && options.installer ? await options.single.teamId() : undefined;
    const foreign = ownTeam !== undefined && !query.isEnterpriseInstall && query.teamId !== ownTeam;
    if (options.single && !foreign) {
      const frontdesk: Connection = {
        connectionId: ENV_CONNECTION,
        workspaceId: context.settings.workspaceId,
        botId: context.settings.botId,
      };
      return { ...(await options.single.authorize()), frontdesk };
    }
    throw new Error(
      `Frontdesk is not installed in Slack team ${source.teamId ?? source.enterpriseId ?? '?'}`,
    );
  };
}

/** Web API clients (and their requester caches) by token, so each installation reuses one. */
export interface ClientPool {
  for(token: string): { client: webApi.WebClient; requesters: Requesters };
}

export function createClientPool(
  make: (token: string) => webApi.WebClient,
  now: () => number,
  logger?: Pick<SlackLogger, 'debug'>,
): ClientPool {
  const pool = new Map<string, { client: webApi.WebClient; requesters: Requesters }>();
  return {
    for(token) {
      let entry = pool.get(token);
      if (!entry) {
        const client = make(token);
        entry = { client, requesters: createRequesters(client, now, logger) };
        pool.set(token, entry);
      }
      return entry;
    },
  };
}

/** The context of one event: its connection's workspace, the bot of its channel, its token. */
export async function scopedContext(
  base: AdapterContext,
  bolt: { frontdesk?: Connection; botToken?: string },
  channelId?: string,
): Promise<AdapterContext> {
  const connection = bolt.frontdesk;
  if (!connection || !bolt.botToken) return base;
  const route = channelId ? await base.store.getChannelRoute(connection.connectionId, channelId) : undefined;
  const botId = route && route.workspaceId === connection.workspaceId ? route.botId : connection.botId;
  const { client, requesters } = base.clients.for(bolt.botToken);
  return {
    ...base,
    settings: { ...base.settings, workspaceId: connection.workspaceId, botId },
    connection,
    client,
    requesters,
  };
}

/** The context for reaching a conversation later (deliveries): the installation of its team, or the env token. */
export async function contextForTeam(
  base: AdapterContext,
  workspaceId: string,
  teamId: string,
): Promise<AdapterContext | undefined> {
  const installation = base.installer ? await installationFor(base, workspaceId, teamId) : undefined;
  if (installation && base.installer) {
    if (installation.workspaceId !== workspaceId) return undefined;
    const auth = await base.installer.authorize({
      teamId,
      enterpriseId: installation.enterpriseId ?? undefined,
      isEnterpriseInstall: installation.isEnterpriseInstall,
    } as never);
    if (!auth.botToken) return undefined;
    const { client, requesters } = base.clients.for(auth.botToken);
    const connection = { connectionId: installation.id, workspaceId, botId: installation.botId };
    return { ...base, connection, client, requesters, settings: { ...base.settings, workspaceId } };
  }
  return base.settings.botToken && workspaceId === base.settings.workspaceId ? base : undefined;
}

/** The team's own installation, else the workspace's org-wide one (a channel key names the team, not the org). */
async function installationFor(
  base: AdapterContext,
  workspaceId: string,
  teamId: string,
): Promise<SlackInstallation | undefined> {
  const team = await base.store.findSlackInstallation({ teamId });
  if (team) return team;
  const orgWide = (await base.store.listSlackInstallations(workspaceId)).filter(
    (installation) => installation.isEnterpriseInstall,
  );
  return orgWide.length === 1 ? orgWide[0] : undefined;
}
