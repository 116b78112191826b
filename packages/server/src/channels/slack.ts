/** Wires the Slack adapter into the server: built from SLACK_* settings, mounted at `POST /slack/events`. */
import type { Clock, Core, Store } from '@frontdesk/core';
import type { AppEnv } from '@frontdesk/http/app-env';
import { slackEventsRoute } from '@frontdesk/http/openapi/public-routes';
import { DEFAULT_WORKSPACE_ID } from '@frontdesk/services/accounts/bootstrap';
import type { Settings } from '@frontdesk/services/settings/config';
import { createSlackAdapter, type SlackAdapter } from '@frontdesk/slack';
import { Hono } from 'hono';
import type { Logger } from 'pino';

/** The channels the server opened, so shutdown can let their background work finish. */
export interface OpenChannels {
  slack?: SlackAdapter;
}

/** The adapter when both Slack credentials are set; otherwise Slack stays off. */
export function createSlackChannel(options: {
  settings: Settings;
  store: Store;
  core: Core;
  logger: Logger;
  clock: Clock;
}): SlackAdapter | undefined {
  const { settings } = options;
  if (!settings.slackSigningSecret || !settings.slackBotToken) return undefined;
  return createSlackAdapter({
    signingSecret: settings.slackSigningSecret,
    botToken: settings.slackBotToken,
    ...(settings.slackApiUrl ? { apiUrl: settings.slackApiUrl } : {}),
    ...(settings.slackTicketEmoji ? { ticketEmoji: settings.slackTicketEmoji } : {}),
    workspaceId: DEFAULT_WORKSPACE_ID,
    botId: settings.defaultBot,
    core: options.core,
    store: options.store,
    logger: options.logger.child({ channel: 'slack' }),
    clock: options.clock,
  });
}

/** `POST /slack/events`: events, interactivity, slash commands and shortcuts share it. */
export function slackRoutes(slack: Pick<SlackAdapter, 'handleRequest'>): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.post('/slack/events', slackEventsRoute, (context) => slack.handleRequest(context.req.raw));
  return routes;
}
