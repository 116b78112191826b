/** What every listener of the adapter shares: settings, the core's ports and the Web API client. */
import type { Clock, ConversationStore, Core, SessionStore } from '@frontdesk/core';
import type { webApi } from '@slack/bolt';
import type { SlackLogger, SlackSettings } from './options.js';
import type { Requesters } from './requesters.js';

export interface AdapterContext {
  settings: SlackSettings;
  core: Core;
  store: ConversationStore & SessionStore;
  logger: SlackLogger;
  clock: Clock;
  client: webApi.WebClient;
  requesters: Requesters;
  /** Turned off for the rest of the process when Slack refuses `chat.startStream`. */
  streaming: { enabled: boolean };
}

/** What a person reads when something failed on our side. */
export const APOLOGY = "Sorry, I couldn't finish that answer. Please try again in a moment.";
