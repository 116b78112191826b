/** `createSlackAdapter`: Bolt behind a Request → Response handler, "Add to Slack", and the Slack delivery port. */
import { type Conversation, type DeliveryPort, systemClock } from '@frontdesk/core';
import { App, webApi } from '@slack/bolt';
import type { AdapterContext } from './adapter-context.js';
import { singleToken } from './authorize.js';
import { boltLogger } from './bolt-logger.js';
import { type ConnectionCheck, checkConnection } from './connection-check.js';
import { connectionAuthorize, createClientPool } from './connections.js';
import { deliverToSlack } from './delivery.js';
import type { InstallTarget } from './installation-store.js';
import { markerKeys } from './keys.js';
import { registerActions } from './listeners/actions.js';
import { registerAssistantListeners } from './listeners/assistant.js';
import { registerCommand } from './listeners/commands.js';
import { registerMessageListeners } from './listeners/messages.js';
import { registerTicketListeners } from './listeners/tickets.js';
import { registerUninstallListeners } from './listeners/uninstall.js';
import {
  createInstallLink,
  listConnectionsWithRoutes,
  readInstallLink,
  routeChannel,
  unrouteChannel,
} from './management.js';
import { createInstaller, handleInstallPage, handleOAuthRedirect } from './oauth.js';
import { type SlackAdapterOptions, slackSettingsSchema } from './options.js';
import { createRequestReceiver, redact } from './receiver.js';
import { createSocketMode } from './socket-mode.js';

/** Slack retries within minutes; a day covers them all, as in the core's message dedupe. */
const EVENT_MARKER_TTL_MS = 24 * 60 * 60 * 1000;

export interface SlackAdapter extends DeliveryPort {
  /** Handles `POST /slack/events` (events, interactivity, slash commands, shortcuts). */
  handleRequest(request: Request): Promise<Response>;
  /** `GET /slack/install` ("Add to Slack"); `?link=` names the workspace and bot, else the default ones. 404 without OAuth. */
  handleInstall(request: Request): Promise<Response>;
  /** `GET /slack/oauth_redirect`: Slack sends the installing admin back here. 404 without OAuth. */
  handleOAuthRedirect(request: Request): Promise<Response>;
  /** A one-time install link for a workspace's bot (admin API). */
  createInstallLink(target: InstallTarget): Promise<{ path: string; expiresAt: number }>;
  listConnections: (workspaceId: string) => ReturnType<typeof listConnectionsWithRoutes>;
  routeChannel: (route: Parameters<typeof routeChannel>[1]) => ReturnType<typeof routeChannel>;
  /** Checks a connection of the workspace with Slack's `auth.test`; 404 for another workspace's. */
  testConnection(workspaceId: string, connectionId: string): Promise<ConnectionCheck>;
  /** Removes a channel's route; the installation's default bot answers there again. */
  unrouteChannel: (route: Parameters<typeof unrouteChannel>[1]) => Promise<void>;
  deliver(conversation: Conversation, message: Parameters<DeliveryPort['deliver']>[1]): Promise<void>;
  /** Resolves when the work of acknowledged requests has finished. */
  idle(): Promise<void>;
  /** Waits for that work, then stops. */
  close(): Promise<void>;
}

const notFound = () =>
  Response.json(
    {
      success: false,
      code: 'not_found',
      error: 'not found',
      message: '"Add to Slack" is not configured.',
      status: 404,
    },
    { status: 404 },
  );

/** Validates the options once and builds the adapter; throws a zod error naming a bad option. */
export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const { core, store, logger } = options;
  const settings = slackSettingsSchema.parse(options);
  const clock = options.clock ?? systemClock;
  if (settings.oauth && !options.sealer)
    throw new Error('Slack OAuth needs a sealer for the installation tokens.');
  const receiver = createRequestReceiver({
    signingSecret: settings.signingSecret,
    now: () => clock.now(),
    logger,
    ackTimeoutMs: settings.ackTimeoutMs,
    claimEvent: (eventId) =>
      store.claimMarker(
        { key: markerKeys.event(eventId), value: '1', expiresAt: clock.now() + EVENT_MARKER_TTL_MS },
        clock.now(),
      ),
  });
  const clientOptions = {
    slackApiUrl: settings.apiUrl.endsWith('/') ? settings.apiUrl : `${settings.apiUrl}/`,
    timeout: settings.apiTimeoutMs,
    // 429s wait for Retry-After inside the client; other failures are retried briefly, then surface.
    retryConfig: { retries: 3, factor: 2, minTimeout: 200, maxTimeout: 2000 },
  };
  const clients = createClientPool(
    (token) => new webApi.WebClient(token, { ...clientOptions, logger: boltLogger(logger) }),
    () => clock.now(),
    logger,
  );
  // With OAuth only, the unscoped context has a client without a token: every event is scoped first.
  const base = clients.for(settings.botToken ?? '');
  const installer =
    settings.oauth && options.sealer
      ? createInstaller({
          oauth: settings.oauth,
          settings,
          store,
          sealer: options.sealer,
          clock,
          logger,
          clientOptions,
        })
      : undefined;
  const context: AdapterContext = {
    settings,
    core,
    store,
    logger,
    clock,
    client: base.client,
    requesters: base.requesters,
    clients,
    ...(installer ? { installer } : {}),
    streaming: { enabled: settings.streaming },
    ...(options.keepFiles ? { keepFiles: options.keepFiles } : {}),
  };
  const single = settings.botToken ? singleToken(base.client, settings.botToken) : undefined;
  const app = new App({
    authorize: connectionAuthorize(context, {
      ...(installer ? { installer } : {}),
      ...(single ? { single } : {}),
    }),
    receiver,
    logger: boltLogger(logger),
    clientOptions,
  });
  app.error(async (error) => {
    logger.error(
      { err: { name: error.name, code: error.code, message: error.message } },
      'slack: listener failed',
    );
  });
  registerMessageListeners(app, context);
  registerAssistantListeners(app, context);
  registerTicketListeners(app, context);
  registerCommand(app, context);
  registerActions(app, context);
  registerUninstallListeners(app, context);
  const socket = settings.appToken
    ? createSocketMode({ appToken: settings.appToken, apiUrl: clientOptions.slackApiUrl, receiver, logger })
    : undefined;
  // Started here, so the server needs no extra step; a refusal (a bad token) is logged, not thrown.
  const socketStarted = socket
    ?.start()
    .then(() => logger.info({}, 'slack: connected in Socket Mode'))
    .catch((error: unknown) => logger.error({ err: redact(error) }, 'slack: Socket Mode could not connect'));

  return {
    channel: 'slack',
    handleRequest: (request) => receiver.handleRequest(request),
    async handleInstall(request) {
      if (!installer || !settings.oauth) return notFound();
      const link = new URL(request.url).searchParams.get('link');
      const target = link
        ? await readInstallLink(context, link)
        : { workspaceId: settings.workspaceId, botId: settings.botId };
      if (!target) return new Response('This install link has expired; ask for a new one.', { status: 410 });
      return handleInstallPage(installer, settings.oauth, request, target);
    },
    handleOAuthRedirect: (request) =>
      installer ? handleOAuthRedirect(installer, request) : Promise.resolve(notFound()),
    createInstallLink: (target) => createInstallLink(context, target),
    listConnections: (workspaceId) => listConnectionsWithRoutes(context, workspaceId),
    routeChannel: (route) => routeChannel(context, route),
    unrouteChannel: (route) => unrouteChannel(context, route),
    testConnection: (workspaceId, connectionId) => checkConnection(context, workspaceId, connectionId),
    deliver: (conversation, message) => deliverToSlack(context, conversation, message),
    idle: () => receiver.idle(),
    close: async () => {
      await socketStarted;
      await socket?.stop().catch(() => {});
      await receiver.stop();
    },
  };
}
