/**
 * Team and channel routing: a Teams channel (or a whole team) of a connection can be answered by
 * another bot of the connection's workspace. The connection is `teams:env` (MICROSOFT_APP_ID or the
 * Emulator) or the app id of a registration.
 */
import { type ChannelRoute, NotFoundError, ValidationError } from '@frontdesk/core';
import type { Activity } from '@microsoft/agents-activity';
import type { AdapterContext } from './adapter-context.js';

/** The connection id of MICROSOFT_APP_ID (or the Emulator): the default workspace's connection. */
export const ENV_CONNECTION = 'teams:env';

/** Whether the server has the env connection: MICROSOFT_APP_ID, or the Emulator mode. */
export function hasEnvConnection(settings: Pick<AdapterContext['settings'], 'appId' | 'emulator'>): boolean {
  return settings.appId !== undefined || settings.emulator;
}

/** The channel and team an activity came from (channel conversations only). */
function placesOf(activity: Activity): string[] {
  const data = activity.channelData as
    | { teamsChannelId?: string; channel?: { id?: string }; teamsTeamId?: string; team?: { id?: string } }
    | undefined;
  const channel = data?.teamsChannelId ?? data?.channel?.id;
  const team = data?.teamsTeamId ?? data?.team?.id;
  return [channel, team].filter((place): place is string => typeof place === 'string' && place !== '');
}

/** The context with the bot routed to the activity's channel (else its team); unchanged without a route. */
export async function routedContext(context: AdapterContext, activity: Activity): Promise<AdapterContext> {
  for (const place of placesOf(activity)) {
    const route = await context.store.getChannelRoute(context.connectionId, place);
    if (route && route.workspaceId === context.settings.workspaceId) {
      return { ...context, settings: { ...context.settings, botId: route.botId } };
    }
  }
  return context;
}

/** The workspace that owns a connection: the default one for `teams:env` (when on), else the registration's. */
async function requireConnection(
  context: Pick<AdapterContext, 'store' | 'settings'>,
  workspaceId: string,
  connectionId: string,
): Promise<void> {
  const owner =
    connectionId === ENV_CONNECTION
      ? hasEnvConnection(context.settings)
        ? context.settings.workspaceId
        : undefined
      : (await context.store.getTeamsRegistration(connectionId))?.workspaceId;
  if (owner !== workspaceId) throw new NotFoundError('No such Teams connection in this workspace.');
}

/** Routes a channel or team of one of the workspace's connections to one of its bots. */
export async function routeTeamsChannel(
  context: Pick<AdapterContext, 'store' | 'clock' | 'settings'>,
  route: Omit<ChannelRoute, 'updatedAt'>,
): Promise<ChannelRoute> {
  await requireConnection(context, route.workspaceId, route.connectionId);
  if (!/^19:[^\s/]{1,200}$/.test(route.channelId))
    throw new ValidationError('channelId: expected a Teams channel or team id (19:…)');
  if (!(await context.store.getBot(route.workspaceId, route.botId)))
    throw new ValidationError(`botId: no bot "${route.botId}" in this workspace`);
  const stored = { ...route, updatedAt: context.clock.now() };
  await context.store.setChannelRoute(stored);
  return stored;
}

/** Removes a channel's route: the connection's default bot answers there again; 404 when there is none. */
export async function unrouteTeamsChannel(
  context: Pick<AdapterContext, 'store' | 'settings'>,
  route: Pick<ChannelRoute, 'workspaceId' | 'connectionId' | 'channelId'>,
): Promise<void> {
  await requireConnection(context, route.workspaceId, route.connectionId);
  if (!(await context.store.deleteChannelRoute(route.workspaceId, route.connectionId, route.channelId)))
    throw new NotFoundError('No route for this Teams channel.');
}
