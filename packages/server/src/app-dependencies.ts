/** Everything the HTTP app needs, injected so tests build it from an in-memory store and fakes. */
import type { Article } from '@frontdesk/agents';
import type { Clock, Core, IdSource, RateLimiter, Store } from '@frontdesk/core';
import type { Logger } from 'pino';
import type { Settings } from './config.js';

export interface AppDependencies {
  settings: Settings;
  store: Store;
  core: Core;
  logger: Logger;
  clock: Clock;
  ids: IdSource;
  rateLimiter: RateLimiter;
  /** The demo knowledge base shown under `/kb`; read on every call, so edits show up. */
  knowledge: { articles(): Article[] };
}
