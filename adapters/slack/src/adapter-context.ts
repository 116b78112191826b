/** What every listener of the adapter shares: settings, the core's ports and the Web API client. */
import type { Clock, Core, KeepChannelFiles } from '@frontdesk/core';
import type { webApi } from '@slack/bolt';
import type { InstallProvider } from '@slack/oauth';
import type { ClientPool, Connection } from './connections.js';
import type { SlackLogger, SlackSettings, SlackStore } from './options.js';
import type { Requesters } from './requesters.js';

/**
 * `settings.workspaceId` / `settings.botId` are the event's: the connection's workspace and the bot
 * routed to its channel (see `scopedContext`); `client` calls the Web API with the connection's token.
 */
export interface AdapterContext {
  settings: SlackSettings;
  core: Core;
  store: SlackStore;
  logger: SlackLogger;
  clock: Clock;
  client: webApi.WebClient;
  requesters: Requesters;
  /** The connection of the event being handled; absent in the adapter's own (unscoped) context. */
  connection?: Connection;
  clients: ClientPool;
  /** "Add to Slack", when OAuth is configured. */
  installer?: InstallProvider;
  /** Turned off for the rest of the process when Slack refuses `chat.startStream`. */
  streaming: { enabled: boolean };
  /** Keeps shared files like widget uploads; absent, files travel as names and links. */
  keepFiles?: KeepChannelFiles;
}
