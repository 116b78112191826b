/** `createTeamsAdapter`: the Agents SDK's CloudAdapter behind a Request → Response handler, plus delivery. */
import { type Conversation, type DeliveryPort, type OutgoingMessage, systemClock } from '@frontdesk/core';
import { assertAllowedTarget, createOutboundFetch } from '@frontdesk/outbound';
import type { AuthConfiguration } from '@microsoft/agents-hosting';
import { TeamsActivityHandler } from './activity-handler.js';
import type { AdapterContext } from './adapter-context.js';
import { createConversationLimiter } from './conversation-limiter.js';
import { type DeliveryState, deliverToTeams, deliveryState } from './delivery.js';
import { type TeamsAdapterOptions, teamsSettingsSchema } from './options.js';
import { OutboundCloudAdapter } from './outbound-connector.js';
import { EMULATOR_POLICY, envelope, refuseActivity } from './request-guard.js';
import { createSend, type SendPolicy } from './sender.js';
import { CollectedResponse, toSdkRequest } from './web-bridge.js';

export interface TeamsAdapter extends DeliveryPort {
  /** Handles `POST /api/messages` (Bot Framework activities). */
  handleRequest(request: Request): Promise<Response>;
  deliver(conversation: Conversation, message: OutgoingMessage): Promise<void>;
  /** What happened to a delivery: sending, delivered, or failed with Teams' reason. */
  deliveryState(messageId: string): Promise<DeliveryState | undefined>;
  /** True when activities are checked against the Bot Framework JWT (an app id is configured). */
  readonly authenticated: boolean;
  /** Resolves when the work of acknowledged requests has finished. */
  idle(): Promise<void>;
  /** Waits for that work, then stops. */
  close(): Promise<void>;
}

/** Validates the options once and builds the adapter; throws a zod error naming a bad option. */
export function createTeamsAdapter(options: TeamsAdapterOptions): TeamsAdapter {
  const settings = teamsSettingsSchema.parse(options);
  const { core, store, logger } = options;
  const clock = options.clock ?? systemClock;
  const authConfig: AuthConfiguration = settings.appId
    ? {
        clientId: settings.appId,
        ...(settings.appPassword ? { clientSecret: settings.appPassword } : {}),
        ...(settings.tenantId ? { tenantId: settings.tenantId } : {}),
      }
    : {};
  // Bot Connector calls go through the outbound client: the address policy at connect time (only
  // loopback for the emulator), no redirects to other hosts, bounded time and size.
  const cloud = new OutboundCloudAdapter(
    authConfig,
    options.fetch ?? createOutboundFetch(settings.appId ? {} : { policy: EMULATOR_POLICY }),
  );
  cloud.onTurnError = async (_turn, error) => {
    // The SDK's default tells the user about "source code"; log instead and let the request fail.
    logger.error({ err: error }, 'teams: turn failed');
    throw error;
  };
  const limiter = createConversationLimiter();
  const sendPolicy: SendPolicy = {
    limiter,
    maxRetries: settings.maxRetries,
    retryBaseMs: settings.retryBaseMs,
    onRetry: (attempt, waitMs) => logger.warn({ attempt, waitMs }, 'teams: throttled (429), backing off'),
  };
  const pending = new Set<Promise<void>>();
  const context: AdapterContext = {
    settings,
    core,
    store,
    logger,
    clock,
    cloud,
    limiter,
    sendPolicy,
    continueWith: async (reference, channelKey, work) => {
      // Checked again before every send: the stored service URL's name may point elsewhere by now.
      await assertAllowedTarget(
        String(reference.serviceUrl ?? ''),
        settings.appId ? undefined : EMULATOR_POLICY,
      );
      // With no app id the identity has no audience, so the SDK sends without a token.
      await cloud.continueConversation(settings.appId ?? {}, reference, (turn) =>
        work(turn, createSend(turn, channelKey, sendPolicy)),
      );
    },
    background(name, work) {
      const running = work()
        .catch((error: unknown) => logger.error({ err: error, work: name }, 'teams: background work failed'))
        .finally(() => pending.delete(running));
      pending.add(running);
    },
  };
  const handler = new TeamsActivityHandler(context);

  async function handleRequest(request: Request): Promise<Response> {
    const sdkRequest = await toSdkRequest(request);
    if (sdkRequest instanceof Response) return sdkRequest;
    const response = new CollectedResponse();
    const body = sdkRequest.body as Record<string, unknown>;
    if (settings.appId) {
      let authorized = false;
      await cloud.authorizeRequest(sdkRequest, response, () => {
        authorized = true;
      });
      if (!authorized) {
        logger.warn({ status: response.statusCode }, 'teams: refused an activity without a valid token');
        return envelope('authentication_error', 401, 'A valid Bot Framework token is required.');
      }
    }
    // Checked before the SDK may post anything to the service URL the activity names.
    const refused = await refuseActivity(body, { emulator: !settings.appId });
    if (refused) return refused;
    if (!settings.appId) sdkRequest.user = { name: 'anonymous' };
    try {
      await cloud.process(sdkRequest, response, (turn) => handler.run(turn));
    } catch (error) {
      // The SDK's own schema refused the activity: the sender's mistake, not ours, so no stack in the log.
      if (error instanceof Error && error.name === 'ZodError') {
        logger.warn({ type: body.type }, 'teams: refused a malformed activity');
        return envelope('invalid_request_error', 400, 'The activity is not a valid Bot Framework activity.');
      }
      logger.error({ err: error, type: body.type }, 'teams: activity failed');
      return envelope('server_error', 500, 'The activity could not be processed.');
    }
    return response.toResponse();
  }

  return {
    channel: 'teams',
    authenticated: settings.appId !== undefined,
    handleRequest,
    deliver: (conversation, message) => deliverToTeams(context, conversation, message),
    deliveryState: (messageId) => deliveryState(context, messageId),
    idle: async () => {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
    close: async () => {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
