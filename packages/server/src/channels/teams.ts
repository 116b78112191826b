/** Wires the Teams adapter into the server: built from MICROSOFT_* settings, mounted at `POST /api/messages`. */
import { type Clock, type Core, NotFoundError, type Store } from '@frontdesk/core';
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
import { z } from 'zod';
import { routeChannelHandler, unrouteChannelHandler } from './channel-route-handlers.js';
import { registrationSchema, teamsDocs } from './teams-docs.js';
import { mountLegalPages } from './teams-legal-pages.js';

/** The Teams adapter the server opened, so shutdown can let its background work finish. */
export interface TeamsChannels {
  teams?: TeamsAdapter;
}

/**
 * The Teams adapter, always on: it serves the app ids registered through `/v1/teams/registrations`
 * (each activity checked against the app id its token names), plus MICROSOFT_APP_ID when set. Without
 * an app id, FRONTDESK_TEAMS_EMULATOR=1 answers unauthenticated local traffic (never in production,
 * where the SDK refuses to run without an app id); otherwise an activity for no registered app is a 401.
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
}): TeamsAdapter {
  const { settings } = options;
  const logger = options.logger.child({ channel: 'teams' });
  // As the SDK judges it (case-insensitively).
  const production = process.env.NODE_ENV?.toLowerCase() === 'production';
  const emulator = !settings.microsoftAppId && settings.teamsEmulator && !production;
  if (!settings.microsoftAppId && settings.teamsEmulator && production)
    logger.warn('FRONTDESK_TEAMS_EMULATOR=1 is ignored when NODE_ENV=production');
  if (emulator) {
    logger.warn(
      'Teams runs unauthenticated (no MICROSOFT_APP_ID): POST /api/messages accepts only local Bot Framework Emulator traffic, and registered app ids with their tokens',
    );
  }
  logRegistrations(options.store, logger, settings.microsoftAppId, emulator);
  return createTeamsAdapter({
    appId: settings.microsoftAppId,
    appPassword: settings.microsoftAppPassword,
    tenantId: settings.microsoftAppTenantId,
    authority: settings.microsoftAppAuthority,
    emulator,
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

/** The startup line: what POST /api/messages answers for (registrations added later count at once). */
function logRegistrations(store: Store, logger: Logger, appId: string | undefined, emulator: boolean): void {
  void store
    .countTeamsRegistrations()
    .then((count) => {
      const registrations = `${count} registration${count === 1 ? '' : 's'}`;
      if (appId) logger.info(`Teams: MICROSOFT_APP_ID ${appId} and ${registrations}`);
      else if (count > 0 || emulator) logger.info(`Teams: ${registrations}`);
      else
        logger.info(
          "Teams is off until a Microsoft app id is registered (PUT /v1/teams/registrations/{appId} or the console's Channels screen) or MICROSOFT_APP_ID is set; POST /api/messages refuses every activity until then",
        );
    })
    .catch((error: unknown) => logger.warn({ err: error }, 'teams: could not count the registrations'));
}

type TeamsRouted = Pick<TeamsAdapter, 'handleRequest'> &
  Partial<
    Pick<
      TeamsAdapter,
      'registerApp' | 'listApps' | 'removeApp' | 'routeChannel' | 'unrouteChannel' | 'testApp'
    >
  >;

/**
 * `POST /api/messages`: every Bot Framework activity (messages, installs, card actions, message
 * actions); and the registrations API under `/v1/teams` (behind the token middleware).
 */
export function teamsRoutes(teams: TeamsRouted): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.post('/api/messages', teamsMessagesRoute, (context) => teams.handleRequest(context.req.raw));
  // The privacy and terms pages the app package names (`frontdesk teams package`).
  mountLegalPages(routes, (requestUrl) => new URL(requestUrl).host);
  const { registerApp, listApps, removeApp, routeChannel, unrouteChannel, testApp } = teams;
  if (!registerApp || !listApps || !removeApp || !routeChannel || !unrouteChannel || !testApp) return routes;
  // `teams:env` is the MICROSOFT_APP_ID (or Emulator) connection; any other id is a registration's app id.
  routes.put(
    '/v1/teams/connections/:connectionId/channels/:channelId',
    teamsDocs.routeChannel,
    routeChannelHandler(routeChannel),
  );
  routes.delete(
    '/v1/teams/connections/:connectionId/channels/:channelId',
    teamsDocs.unrouteChannel,
    unrouteChannelHandler(unrouteChannel),
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
  routes.post('/v1/teams/registrations/:appId/test', teamsDocs.test, async (context) => {
    requirePermission(context, 'integrations', 'write');
    const workspaceId = context.get('token').workspaceId;
    const appId = context.req.param('appId');
    // Another workspace's app id is unknown here whatever the body says: 404 before the body is read.
    if (!(await listApps(workspaceId)).some((app) => app.connectionId === appId))
      throw new NotFoundError('No such Teams app in this workspace.');
    if ((await context.req.text()).trim()) await readJsonBody(context, z.strictObject({}));
    const result = await testApp(workspaceId, appId);
    return context.json({ success: true, data: { ...result, checkedAt: new Date().toISOString() } });
  });
  routes.delete('/v1/teams/registrations/:appId', teamsDocs.remove, async (context) => {
    requirePermission(context, 'integrations', 'write');
    await removeApp(context.get('token').workspaceId, context.req.param('appId'));
    return context.json({ success: true, data: { appId: context.req.param('appId') } });
  });
  return routes;
}
