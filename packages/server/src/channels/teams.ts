/** Wires the Teams adapter into the server: built from MICROSOFT_* settings, mounted at `POST /api/messages`. */
import type { Clock, Core, Store } from '@frontdesk/core';
import type { AppEnv } from '@frontdesk/http/app-env';
import { teamsMessagesRoute } from '@frontdesk/http/openapi/public-routes';
import { requirePermission } from '@frontdesk/http/permissions';
import { readJsonBody } from '@frontdesk/http/request-input';
import { DEFAULT_WORKSPACE_ID } from '@frontdesk/services/accounts/bootstrap';
import type { RedisClient } from '@frontdesk/services/bus/redis-client';
import { channelFilesFor } from '@frontdesk/services/files/channel-files-for';
import { createRedisSendLimiter } from '@frontdesk/services/limits/redis-send-limiter';
import type { SecretBox } from '@frontdesk/services/secrets/secret-box';
import type { Settings } from '@frontdesk/services/settings/config';
import { createTeamsAdapter, TEAMS_CONVERSATION_LIMITS, type TeamsAdapter } from '@frontdesk/teams';
import { Hono } from 'hono';
import type { Logger } from 'pino';
import { registrationSchema, routeSchema, teamsDocs } from './teams-docs.js';
import { mountLegalPages } from './teams-legal-pages.js';

/** The Teams adapter the server opened, so shutdown can let its background work finish. */
export interface TeamsChannels {
  teams?: TeamsAdapter;
}

/**
 * The Teams adapter. With an app id every activity's JWT is checked; without one it is off unless
 * FRONTDESK_TEAMS_EMULATOR=1, which runs it unauthenticated for the Bot Framework Emulator.
 * The SDK refuses to run without an app id when NODE_ENV is production; Teams then stays off.
 */
export function createTeamsChannel(options: {
  settings: Settings;
  store: Store;
  core: Core;
  logger: Logger;
  clock: Clock;
  secrets?: SecretBox;
  /** With REDIS_URL: every instance paces sends into one conversation together. */
  redis?: RedisClient | undefined;
}): TeamsAdapter | undefined {
  const { settings } = options;
  const logger = options.logger.child({ channel: 'teams' });
  if (!settings.microsoftAppId) {
    if (!settings.teamsEmulator || process.env.NODE_ENV === 'production') {
      logger.info(
        'Teams is off: set MICROSOFT_APP_ID (and MICROSOFT_APP_PASSWORD) to enable POST /api/messages, or FRONTDESK_TEAMS_EMULATOR=1 for the local Bot Framework Emulator',
      );
      return undefined;
    }
    logger.warn(
      'Teams runs unauthenticated (no MICROSOFT_APP_ID): POST /api/messages accepts only local Bot Framework Emulator traffic',
    );
  }
  return createTeamsAdapter({
    appId: settings.microsoftAppId,
    appPassword: settings.microsoftAppPassword,
    tenantId: settings.microsoftAppTenantId,
    authority: settings.microsoftAppAuthority,
    workspaceId: DEFAULT_WORKSPACE_ID,
    botId: settings.defaultBot,
    core: options.core,
    store: options.store,
    logger,
    clock: options.clock,
    ...(options.secrets ? { sealer: options.secrets } : {}),
    keepFiles: channelFilesFor(settings, options.store, options.clock),
    ...(options.redis
      ? {
          limiter: createRedisSendLimiter(options.redis, {
            windows: TEAMS_CONVERSATION_LIMITS,
            prefix: settings.redisPrefix,
          }),
        }
      : {}),
  });
}

type TeamsRouted = Pick<TeamsAdapter, 'handleRequest'> &
  Partial<Pick<TeamsAdapter, 'registerApp' | 'listApps' | 'removeApp' | 'routeChannel'>>;

/**
 * `POST /api/messages`: every Bot Framework activity (messages, installs, card actions, message
 * actions); and the registrations API under `/v1/teams` (behind the token middleware).
 */
export function teamsRoutes(teams: TeamsRouted): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.post('/api/messages', teamsMessagesRoute, (context) => teams.handleRequest(context.req.raw));
  // The privacy and terms pages the app package names (`frontdesk teams package`).
  mountLegalPages(routes, (requestUrl) => new URL(requestUrl).host);
  const { registerApp, listApps, removeApp, routeChannel } = teams;
  if (!registerApp || !listApps || !removeApp || !routeChannel) return routes;
  // `teams:env` is the MICROSOFT_APP_ID (or Emulator) connection; any other id is a registration's app id.
  routes.put(
    '/v1/teams/connections/:connectionId/channels/:channelId',
    teamsDocs.routeChannel,
    async (context) => {
      requirePermission(context, 'integrations', 'write');
      const { botId } = await readJsonBody(context, routeSchema);
      const route = await routeChannel({
        connectionId: context.req.param('connectionId'),
        channelId: context.req.param('channelId'),
        workspaceId: context.get('token').workspaceId,
        botId,
      });
      return context.json({ success: true, data: route });
    },
  );
  routes.get('/v1/teams/registrations', teamsDocs.list, async (context) => {
    requirePermission(context, 'integrations', 'read');
    return context.json({ success: true, data: await listApps(context.get('token').workspaceId) });
  });
  routes.put('/v1/teams/registrations/:appId', teamsDocs.put, async (context) => {
    requirePermission(context, 'integrations', 'write');
    const body = await readJsonBody(context, registrationSchema);
    const data = await registerApp({
      workspaceId: context.get('token').workspaceId,
      appId: context.req.param('appId'),
      ...body,
    });
    return context.json({ success: true, data });
  });
  routes.delete('/v1/teams/registrations/:appId', teamsDocs.remove, async (context) => {
    requirePermission(context, 'integrations', 'write');
    await removeApp(context.get('token').workspaceId, context.req.param('appId'));
    return context.json({ success: true, data: { appId: context.req.param('appId') } });
  });
  return routes;
}
