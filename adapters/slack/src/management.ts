/** What admins do with Slack connections: one-time install links for a workspace's bot, channel routes (set, removed), the list. */
import { randomBytes } from 'node:crypto';
import { type ChannelRoute, NotFoundError, type SlackInstallation, ValidationError } from '@frontdesk/core';
import type { AdapterContext } from './adapter-context.js';
import { ENV_CONNECTION } from './connections.js';
import type { InstallTarget } from './installation-store.js';

/** An install link is good for this long: enough to find a Slack admin and click. */
export const INSTALL_LINK_TTL_MS = 60 * 60 * 1000;

const linkKey = (token: string) => `slack:install-link:${token}`;

/** Creates a link to `/slack/install?link=…` that installs into `target`'s workspace with its bot. */
export async function createInstallLink(
  context: AdapterContext,
  target: InstallTarget,
): Promise<{ path: string; expiresAt: number }> {
  if (!context.installer)
    throw new ValidationError('"Add to Slack" is off: set SLACK_CLIENT_ID and SLACK_CLIENT_SECRET.');
  await requireBot(context, target.workspaceId, target.botId);
  const token = randomBytes(24).toString('base64url');
  const expiresAt = context.clock.now() + INSTALL_LINK_TTL_MS;
  await context.store.putMarker({ key: linkKey(token), value: JSON.stringify(target), expiresAt });
  return { path: `/slack/install?link=${token}`, expiresAt };
}

/** The target of a link; undefined when it is unknown or expired. */
export async function readInstallLink(
  context: AdapterContext,
  token: string,
): Promise<InstallTarget | undefined> {
  const marker = await context.store.getMarker(linkKey(token), context.clock.now());
  return marker ? (JSON.parse(marker.value) as InstallTarget) : undefined;
}

async function requireBot(context: AdapterContext, workspaceId: string, botId: string): Promise<void> {
  if (!(await context.store.getBot(workspaceId, botId)))
    throw new ValidationError(`botId: no bot "${botId}" in this workspace`);
}

/** A connection as the API shows it: no secrets. */
interface ConnectionView {
  id: string;
  teamId: string | null;
  enterpriseId: string | null;
  botId: string;
  createdAt: number | null;
}

/** The connections of a workspace, without secrets; the SLACK_BOT_TOKEN setup belongs to the default workspace. */
export async function listConnections(
  context: AdapterContext,
  workspaceId: string,
): Promise<ConnectionView[]> {
  const installations = await context.store.listSlackInstallations(workspaceId);
  const view = (installation: SlackInstallation) => ({
    id: installation.id,
    teamId: installation.teamId,
    enterpriseId: installation.enterpriseId,
    botId: installation.botId,
    createdAt: installation.createdAt,
  });
  const env =
    context.settings.botToken && workspaceId === context.settings.workspaceId
      ? [
          {
            id: ENV_CONNECTION,
            teamId: null,
            enterpriseId: null,
            botId: context.settings.botId,
            createdAt: null,
          },
        ]
      : [];
  return [...env, ...installations.map(view)];
}

/** The connections, each with its channel routes (channels answered by a bot of their own). */
export async function listConnectionsWithRoutes(
  context: AdapterContext,
  workspaceId: string,
): Promise<(ConnectionView & { routes: { channelId: string; botId: string }[] })[]> {
  const routes = await context.store.listChannelRoutes(workspaceId);
  return (await listConnections(context, workspaceId)).map((connection) => ({
    ...connection,
    routes: routes
      .filter((route) => route.connectionId === connection.id)
      .map((route) => ({ channelId: route.channelId, botId: route.botId })),
  }));
}

/** Routes a channel of one of the workspace's connections to one of its bots. */
export async function routeChannel(
  context: AdapterContext,
  route: Omit<ChannelRoute, 'updatedAt'>,
): Promise<ChannelRoute> {
  const owned = (await listConnections(context, route.workspaceId)).some(
    (connection) => connection.id === route.connectionId,
  );
  if (!owned) throw new NotFoundError('No such Slack connection in this workspace.');
  if (!/^[CGD][A-Z0-9]{2,}$/.test(route.channelId))
    throw new ValidationError('channelId: not a Slack channel id');
  await requireBot(context, route.workspaceId, route.botId);
  const stored = { ...route, updatedAt: context.clock.now() };
  await context.store.setChannelRoute(stored);
  return stored;
}

/** Removes a channel's route: the installation's default bot answers there again; 404 when there is none. */
export async function unrouteChannel(
  context: AdapterContext,
  route: Pick<ChannelRoute, 'workspaceId' | 'connectionId' | 'channelId'>,
): Promise<void> {
  const owned = (await listConnections(context, route.workspaceId)).some(
    (connection) => connection.id === route.connectionId,
  );
  if (!owned) throw new NotFoundError('No such Slack connection in this workspace.');
  if (!(await context.store.deleteChannelRoute(route.workspaceId, route.connectionId, route.channelId)))
    throw new NotFoundError('No route for this Slack channel.');
}
