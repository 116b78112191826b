/** Wires the Slack adapter into the server: built from SLACK_* settings, mounted at `/slack/*` and `/v1/slack/*`. */
import { createHash } from 'node:crypto';
import { type Clock, type Core, NotFoundError, type Store } from '@frontdesk/core';
import type { AppEnv } from '@frontdesk/http/app-env';
import { slackEventsRoute } from '@frontdesk/http/openapi/public-routes';
import { requirePermission } from '@frontdesk/http/permissions';
import { readJsonBody } from '@frontdesk/http/request-input';
import { DEFAULT_WORKSPACE_ID } from '@frontdesk/services/accounts/bootstrap';
import { channelFilesFor } from '@frontdesk/services/files/channel-files-for';
import { loadSecretKey, type SecretBox } from '@frontdesk/services/secrets/secret-box';
import type { Settings } from '@frontdesk/services/settings/config';
import { createSlackAdapter, DEFAULT_BOT_SCOPES, type SlackAdapter } from '@frontdesk/slack';
import { Hono } from 'hono';
import type { Logger } from 'pino';
import { z } from 'zod';
import { routeChannelHandler, unrouteChannelHandler } from './channel-route-handlers.js';
import { slackDocs } from './slack-docs.js';

/** The channels the server opened, so shutdown can let their background work finish. */
export interface OpenChannels {
  slack?: SlackAdapter;
}

/**
 * The adapter when Slack is configured: SLACK_SIGNING_SECRET (HTTP events) or SLACK_APP_TOKEN (Socket
 * Mode), with SLACK_BOT_TOKEN (the default workspace's connection) and/or SLACK_CLIENT_ID +
 * SLACK_CLIENT_SECRET ("Add to Slack"); else off.
 */
export function createSlackChannel(options: {
  settings: Settings;
  store: Store;
  core: Core;
  logger: Logger;
  clock: Clock;
  secrets?: SecretBox;
}): SlackAdapter | undefined {
  const { settings } = options;
  if (!settings.slackSigningSecret && !settings.slackAppToken) return undefined;
  const oauth =
    settings.slackClientId && settings.slackClientSecret && options.secrets
      ? {
          clientId: settings.slackClientId,
          clientSecret: settings.slackClientSecret,
          stateSecret: settings.slackStateSecret ?? stateSecretFrom(settings),
          scopes: settings.slackScopes?.split(',') ?? DEFAULT_BOT_SCOPES,
          redirectUri: `${settings.publicUrl}/slack/oauth_redirect`,
        }
      : undefined;
  return createSlackAdapter({
    ...(settings.slackSigningSecret ? { signingSecret: settings.slackSigningSecret } : {}),
    ...(settings.slackAppToken ? { appToken: settings.slackAppToken } : {}),
    ...(settings.slackBotToken ? { botToken: settings.slackBotToken } : {}),
    ...(oauth ? { oauth } : {}),
    ...(options.secrets ? { sealer: options.secrets } : {}),
    ...(settings.slackApiUrl ? { apiUrl: settings.slackApiUrl } : {}),
    ...(settings.slackTicketEmoji ? { ticketEmoji: settings.slackTicketEmoji } : {}),
    workspaceId: DEFAULT_WORKSPACE_ID,
    botId: settings.defaultBot,
    core: options.core,
    store: options.store,
    logger: options.logger.child({ channel: 'slack' }),
    clock: options.clock,
    keepFiles: channelFilesFor(settings, options.store, options.clock),
  });
}

/** A state secret of its own, derived from the server's secret key, so one less variable to set. */
function stateSecretFrom(settings: Settings): string {
  return createHash('sha256')
    .update('slack-oauth-state:')
    .update(loadSecretKey(settings))
    .digest('base64url');
}

type SlackRouted = Pick<SlackAdapter, 'handleRequest'> &
  Partial<
    Pick<
      SlackAdapter,
      | 'handleInstall'
      | 'handleOAuthRedirect'
      | 'createInstallLink'
      | 'listConnections'
      | 'routeChannel'
      | 'unrouteChannel'
      | 'testConnection'
    >
  >;

const installLinkSchema = z.strictObject({ botId: z.string().min(1).max(64) });

/**
 * `POST /slack/events` (events, interactivity, commands); "Add to Slack" at `GET /slack/install` and
 * `GET /slack/oauth_redirect`; and the admin API under `/v1/slack` (behind the token middleware).
 */
export function slackRoutes(slack: SlackRouted): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.post('/slack/events', slackEventsRoute, (context) => slack.handleRequest(context.req.raw));
  const {
    handleInstall,
    handleOAuthRedirect,
    createInstallLink,
    listConnections,
    routeChannel,
    unrouteChannel,
    testConnection,
  } = slack;
  if (
    !handleInstall ||
    !handleOAuthRedirect ||
    !createInstallLink ||
    !listConnections ||
    !routeChannel ||
    !unrouteChannel ||
    !testConnection
  ) {
    return routes.route('/', slackOffRoutes());
  }
  routes.get('/slack/install', slackDocs.install, (context) => handleInstall(context.req.raw));
  routes.get('/slack/oauth_redirect', slackDocs.oauthRedirect, (context) =>
    handleOAuthRedirect(context.req.raw),
  );

  routes.get('/v1/slack/connections', slackDocs.connections, async (context) => {
    requirePermission(context, 'integrations', 'read');
    const data = await listConnections(context.get('token').workspaceId);
    return context.json({ success: true, data, configured: true });
  });
  routes.post('/v1/slack/install-links', slackDocs.installLink, async (context) => {
    requirePermission(context, 'integrations', 'write');
    const { botId } = await readJsonBody(context, installLinkSchema);
    const link = await createInstallLink({ workspaceId: context.get('token').workspaceId, botId });
    const url = new URL(link.path, context.req.url).toString();
    return context.json(
      { success: true, data: { url, expiresAt: new Date(link.expiresAt).toISOString() } },
      201,
    );
  });
  routes.post('/v1/slack/connections/:connectionId/test', slackDocs.test, async (context) => {
    requirePermission(context, 'integrations', 'write');
    const workspaceId = context.get('token').workspaceId;
    const connectionId = context.req.param('connectionId');
    // Another workspace's connection is unknown here whatever the body says: 404 before the body is read.
    if (!(await listConnections(workspaceId)).some((connection) => connection.id === connectionId))
      throw new NotFoundError('No such Slack connection in this workspace.');
    if ((await context.req.text()).trim()) await readJsonBody(context, z.strictObject({}));
    const result = await testConnection(workspaceId, connectionId);
    return context.json({ success: true, data: { ...result, checkedAt: new Date().toISOString() } });
  });
  routes.put(
    '/v1/slack/connections/:connectionId/channels/:channelId',
    slackDocs.routeChannel,
    routeChannelHandler(routeChannel),
  );
  routes.delete(
    '/v1/slack/connections/:connectionId/channels/:channelId',
    slackDocs.unrouteChannel,
    unrouteChannelHandler(unrouteChannel),
  );
  return routes;
}

/** Slack is off (or without installs): the connections list is empty, said plainly, not a 404. */
export function slackOffRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/v1/slack/connections', slackDocs.connections, (context) => {
    requirePermission(context, 'integrations', 'read');
    return context.json({ success: true, data: [], configured: false });
  });
  return routes;
}
