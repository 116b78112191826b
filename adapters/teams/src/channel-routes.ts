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

/** Routes a channel or team of one of the workspace's connections to one of its bots. */
export async function routeTeamsChannel(
  context: Pick<AdapterContext, 'store' | 'clock' | 'settings'>,
  route: Omit<ChannelRoute, 'updatedAt'>,
): Promise<ChannelRoute> {
  const owner =
    route.connectionId === ENV_CONNECTION
      ? context.settings.workspaceId
      : (await context.store.getTeamsRegistration(route.connectionId))?.workspaceId;
  if (owner !== route.workspaceId) throw new NotFoundError('No such Teams connection in this workspace.');
  if (!/^19:[^\s/]{1,200}$/.test(route.channelId))
    throw new ValidationError('channelId: expected a Teams channel or team id (19:…)');
  if (!(await context.store.getBot(route.workspaceId, route.botId)))
    throw new ValidationError(`botId: no bot "${route.botId}" in this workspace`);
  const stored = { ...route, updatedAt: context.clock.now() };
  await context.store.setChannelRoute(stored);
  return stored;
}
