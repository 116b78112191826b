/**
 * One Teams identity at work: a CloudAdapter for a Microsoft app id (or none, for the Emulator), the
 * workspace and bot it answers for, and the activity handler. The adapter keeps one per registration.
 */
import { assertAllowedTarget, createOutboundFetch } from '@frontdesk/outbound';
import type { AuthConfiguration, Request as SdkRequest } from '@microsoft/agents-hosting';
import { TeamsActivityHandler } from './activity-handler.js';
import type { AdapterContext } from './adapter-context.js';
import type { ConversationLimiter } from './conversation-limiter.js';
import { deliveryState } from './delivery.js';
import type { TeamsAdapterOptions, TeamsSettings } from './options.js';
import { OutboundCloudAdapter } from './outbound-connector.js';
import { EMULATOR_POLICY, envelope, refuseActivity } from './request-guard.js';
import { createSend, type SendPolicy } from './sender.js';
import { CollectedResponse } from './web-bridge.js';

/** Who answers: an app id with its secret and tenant, for a workspace's bot. */
export interface Identity {
  /** `teams:env` for MICROSOFT_APP_ID (or the Emulator), else the registration's app id. */
  connectionId: string;
  appId: string | undefined;
  appPassword: string | undefined;
  tenantId: string | undefined;
  workspaceId: string;
  botId: string;
}

/** What every runtime of one adapter shares. */
export interface Shared
  extends Pick<TeamsAdapterOptions, 'core' | 'store' | 'logger' | 'fetch' | 'keepFiles'> {
  settings: TeamsSettings;
  clock: AdapterContext['clock'];
  limiter: ConversationLimiter;
  sendPolicy: SendPolicy;
  pending: Set<Promise<void>>;
}

export interface Runtime {
  context: AdapterContext;
  /** Authenticates (when it has an app id), checks and runs one activity. */
  process(sdkRequest: SdkRequest, body: Record<string, unknown>): Promise<Response>;
  deliveryState: (messageId: string) => ReturnType<typeof deliveryState>;
}

export function createRuntime(shared: Shared, identity: Identity): Runtime {
  const { logger, pending } = shared;
  const { connectionId, ...own } = identity;
  const settings: TeamsSettings = { ...shared.settings, ...own };
  const { appId } = identity;
  const authConfig: AuthConfiguration = appId
    ? {
        clientId: appId,
        ...(identity.appPassword ? { clientSecret: identity.appPassword } : {}),
        ...(identity.tenantId ? { tenantId: identity.tenantId } : {}),
        // A sovereign cloud's (or a test's) Entra: keys for incoming tokens, and tokens for replies.
        ...(shared.settings.authority ? { authority: shared.settings.authority } : {}),
      }
    : {};
  // Bot Connector and token calls go through the outbound client: the address policy at connect
  // time (only loopback for the emulator), no redirects to other hosts, bounded time and size.
  const cloud = new OutboundCloudAdapter(
    authConfig,
    shared.fetch ?? createOutboundFetch(appId ? {} : { policy: EMULATOR_POLICY }),
  );
  cloud.onTurnError = async (_turn, error) => {
    // The SDK's default tells the user about "source code"; log instead and let the request fail.
    logger.error({ err: error }, 'teams: turn failed');
    throw error;
  };
  const context: AdapterContext = {
    settings,
    connectionId,
    core: shared.core,
    store: shared.store,
    logger,
    clock: shared.clock,
    cloud,
    limiter: shared.limiter,
    sendPolicy: shared.sendPolicy,
    ...(shared.keepFiles ? { keepFiles: shared.keepFiles } : {}),
    continueWith: async (reference, channelKey, work) => {
      // Checked again before every send: the stored service URL's name may point elsewhere by now.
      await assertAllowedTarget(String(reference.serviceUrl ?? ''), appId ? undefined : EMULATOR_POLICY);
      // With no app id the identity has no audience, so the SDK sends without a token.
      await cloud.continueConversation(appId ?? {}, reference, (turn) =>
        work(turn, createSend(turn, channelKey, shared.sendPolicy)),
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

  async function process(sdkRequest: SdkRequest, body: Record<string, unknown>): Promise<Response> {
    const response = new CollectedResponse();
    if (appId) {
      let authorized = false;
      await cloud.authorizeRequest(sdkRequest, response, () => {
        authorized = true;
      });
      if (!authorized) {
        logger.warn(
          { status: response.statusCode, appId },
          'teams: refused an activity without a valid token',
        );
        return envelope('authentication_error', 401, 'A valid Bot Framework token is required.');
      }
    }
    // Checked before the SDK may post anything to the service URL the activity names.
    const refused = await refuseActivity(body, { emulator: !appId });
    if (refused) return refused;
    if (!appId) sdkRequest.user = { name: 'anonymous' };
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

  return { context, process, deliveryState: (messageId) => deliveryState(context, messageId) };
}
