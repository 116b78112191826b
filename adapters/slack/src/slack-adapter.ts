/** `createSlackAdapter`: Bolt behind a Request → Response handler, plus the Slack delivery port. */
import { type Conversation, type DeliveryPort, systemClock } from '@frontdesk/core';
import { App, webApi } from '@slack/bolt';
import type { AdapterContext } from './adapter-context.js';
import { singleTokenAuthorize } from './authorize.js';
import { boltLogger } from './bolt-logger.js';
import { deliverToSlack } from './delivery.js';
import { markerKeys } from './keys.js';
import { registerActions } from './listeners/actions.js';
import { registerAssistantListeners } from './listeners/assistant.js';
import { registerCommand } from './listeners/commands.js';
import { registerMessageListeners } from './listeners/messages.js';
import { registerTicketListeners } from './listeners/tickets.js';
import { type SlackAdapterOptions, slackSettingsSchema } from './options.js';
import { createRequestReceiver } from './receiver.js';
import { createRequesters } from './requesters.js';

/** Slack retries within minutes; a day covers them all, as in the core's message dedupe. */
const EVENT_MARKER_TTL_MS = 24 * 60 * 60 * 1000;

export interface SlackAdapter extends DeliveryPort {
  /** Handles `POST /slack/events` (events, interactivity, slash commands, shortcuts). */
  handleRequest(request: Request): Promise<Response>;
  deliver(conversation: Conversation, message: Parameters<DeliveryPort['deliver']>[1]): Promise<void>;
  /** Resolves when the work of acknowledged requests has finished. */
  idle(): Promise<void>;
  /** Waits for that work, then stops. */
  close(): Promise<void>;
}

/** Validates the options once and builds the adapter; throws a zod error naming a bad option. */
export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const { core, store, logger } = options;
  const settings = slackSettingsSchema.parse(options);
  const clock = options.clock ?? systemClock;
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
  const client = new webApi.WebClient(settings.botToken, { ...clientOptions, logger: boltLogger(logger) });
  const app = new App({
    authorize: singleTokenAuthorize(client, settings.botToken),
    receiver,
    logger: boltLogger(logger),
    clientOptions,
  });
  const context: AdapterContext = {
    settings,
    core,
    store,
    logger,
    clock,
    client,
    requesters: createRequesters(client, () => clock.now()),
    streaming: { enabled: settings.streaming },
  };
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

  return {
    channel: 'slack',
    handleRequest: (request) => receiver.handleRequest(request),
    deliver: (conversation, message) => deliverToSlack(context, conversation, message),
    idle: () => receiver.idle(),
    close: async () => {
      await receiver.stop();
    },
  };
}
