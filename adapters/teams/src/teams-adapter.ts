/** `createTeamsAdapter`: the Agents SDK's CloudAdapter behind a Request → Response handler, plus delivery. */
import {
  type Conversation,
  type DeliveryPort,
  NotFoundError,
  type OutgoingMessage,
  systemClock,
} from '@frontdesk/core';
import {
  ENV_CONNECTION,
  hasEnvConnection,
  routeTeamsChannel,
  unrouteTeamsChannel,
} from './channel-routes.js';
import { createConversationLimiter } from './conversation-limiter.js';
import { loadReference } from './conversation-reference.js';
import { type DeliveryState, deliverToTeams, deliveryState } from './delivery.js';
import { ConversationGoneError } from './errors.js';
import { type TeamsAdapterOptions, teamsSettingsSchema } from './options.js';
import {
  listConnections,
  type RegistrationInput,
  type RegistrationView,
  type RouteView,
  registerApp,
  removeApp,
} from './registration-admin.js';
import { checkRegistration, type RegistrationCheck } from './registration-check.js';
import { audienceOf, botAppId, createRegistry } from './registrations.js';
import { envelope } from './request-guard.js';
import { createRuntime, type Shared } from './runtime.js';
import type { SendPolicy } from './sender.js';
import { toSdkRequest } from './web-bridge.js';

export interface TeamsAdapter extends DeliveryPort {
  /** Handles `POST /api/messages` (Bot Framework activities). */
  handleRequest(request: Request): Promise<Response>;
  deliver(conversation: Conversation, message: OutgoingMessage): Promise<void>;
  /** What happened to a delivery: sending, delivered, or failed with Teams' reason. */
  deliveryState(messageId: string): Promise<DeliveryState | undefined>;
  /** Registers (or updates) a Microsoft app id answering for one of a workspace's bots (admin API). */
  registerApp(input: RegistrationInput): Promise<RegistrationView>;
  /** The workspace's connections (`teams:env` when on, and its registrations), each with its channel routes. */
  listApps(workspaceId: string): Promise<(RegistrationView & { routes: RouteView[] })[]>;
  /** Removes a registration and its channel routes. */
  removeApp(workspaceId: string, appId: string): Promise<void>;
  /** Checks a connection (`teams:env` or a registered app id) by asking Entra for its token; 404 for another workspace's. */
  testApp(workspaceId: string, appId: string): Promise<RegistrationCheck>;
  /** Routes a Teams channel or team of a connection (`teams:env` or an app id) to another bot (admin API). */
  routeChannel: (route: Parameters<typeof routeTeamsChannel>[1]) => ReturnType<typeof routeTeamsChannel>;
  /** Removes a channel's route; the connection's default bot answers there again. */
  unrouteChannel: (route: Parameters<typeof unrouteTeamsChannel>[1]) => Promise<void>;
  /** False only in the Emulator mode: every other activity is checked against a Bot Framework JWT. */
  readonly authenticated: boolean;
  /** Resolves when the work of acknowledged requests has finished. */
  idle(): Promise<void>;
  /** Waits for that work, then stops. */
  close(): Promise<void>;
}

/** Validates the options once and builds the adapter; throws a zod error naming a bad option. */
export function createTeamsAdapter(options: TeamsAdapterOptions): TeamsAdapter {
  const settings = teamsSettingsSchema.parse(options);
  const { logger, store } = options;
  const clock = options.clock ?? systemClock;
  const sendPolicy: SendPolicy = {
    limiter: options.limiter ?? createConversationLimiter(),
    maxRetries: settings.maxRetries,
    retryBaseMs: settings.retryBaseMs,
    onRetry: (attempt, waitMs) => logger.warn({ attempt, waitMs }, 'teams: throttled (429), backing off'),
  };
  const shared: Shared = {
    settings,
    core: options.core,
    store,
    logger,
    clock,
    limiter: sendPolicy.limiter,
    sendPolicy,
    pending: new Set<Promise<void>>(),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.keepFiles ? { keepFiles: options.keepFiles } : {}),
  };
  // MICROSOFT_APP_ID (or none, for the Emulator) answers for the default workspace; registrations for
  // theirs. With neither, there is no default runtime (the SDK would refuse one without an app id in
  // production): only registered app ids are served.
  const base = hasEnvConnection(settings)
    ? createRuntime(shared, { ...settings, connectionId: ENV_CONNECTION })
    : undefined;
  const registry = createRegistry(shared, options.sealer);
  // What the admin calls need: the store, the clock and the settings, not an SDK adapter.
  const admin = { store, clock, settings };

  async function handleRequest(request: Request): Promise<Response> {
    const sdkRequest = await toSdkRequest(request);
    if (sdkRequest instanceof Response) return sdkRequest;
    const body = sdkRequest.body as Record<string, unknown>;
    const audience = audienceOf(sdkRequest.headers.authorization as string | undefined);
    if (audience && audience !== settings.appId) {
      const registered = await registry.runtimeFor(audience);
      if (!registered)
        return envelope('authentication_error', 401, 'This Microsoft app id is not registered here.');
      return registered.process(sdkRequest, body);
    }
    if (!base) {
      logger.warn({ audience: audience ?? null }, 'teams: refused an activity for no registered app id');
      return envelope('authentication_error', 401, 'A valid Bot Framework token is required.');
    }
    // Without a token (the Emulator), an activity for a registered app would skip that app's check.
    const named = settings.appId ? undefined : botAppId(body.recipient as { id?: string } | undefined);
    if (named && (await store.getTeamsRegistration(named)))
      return envelope('authentication_error', 401, 'A valid Bot Framework token is required.');
    return base.process(sdkRequest, body);
  }

  /** The runtime the conversation was reached through: the registration its reference names, else the default. */
  async function runtimeOf(conversation: Conversation) {
    const reference = await loadReference(store, conversation.channelKey, clock.now());
    const appId = botAppId(reference?.agent ?? undefined);
    const runtime =
      (appId && appId !== settings.appId ? await registry.runtimeFor(appId) : undefined) ?? base;
    // Reached through a registration removed since, with no default to fall back on: nothing can send.
    if (!runtime) throw new ConversationGoneError(404, 'TeamsAppNotRegistered');
    return runtime;
  }

  async function testApp(workspaceId: string, appId: string): Promise<RegistrationCheck> {
    if (appId === ENV_CONNECTION) {
      if (!base || workspaceId !== settings.workspaceId) throw new NotFoundError('No such Teams app here.');
      return checkRegistration({ runtime: base, appId: settings.appId, hasSecret: !!settings.appPassword });
    }
    const registration = await store.getTeamsRegistration(appId);
    if (registration?.workspaceId !== workspaceId) throw new NotFoundError('No such Teams app here.');
    const hasSecret = registration.secret !== null;
    const runtime = hasSecret ? await registry.runtimeFor(appId) : undefined;
    return checkRegistration({ runtime, appId, hasSecret });
  }

  const idle = async () => {
    while (shared.pending.size > 0) await Promise.allSettled([...shared.pending]);
  };
  return {
    channel: 'teams',
    authenticated: settings.appId !== undefined || !settings.emulator,
    handleRequest,
    deliver: async (conversation, message) =>
      deliverToTeams((await runtimeOf(conversation)).context, conversation, message),
    deliveryState: (messageId) => deliveryState(admin, messageId),
    registerApp: (input) => registerApp(admin, options.sealer, input),
    listApps: (workspaceId) => listConnections(admin, workspaceId),
    removeApp: (workspaceId, appId) => removeApp(admin, workspaceId, appId),
    testApp,
    routeChannel: (route) => routeTeamsChannel(admin, route),
    unrouteChannel: (route) => unrouteTeamsChannel(admin, route),
    idle,
    close: idle,
  };
}
