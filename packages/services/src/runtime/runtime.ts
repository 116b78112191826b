/**
 * The one composition root: production (`frontdesk start`), every test and every benchmark build the
 * running system here. A test varies settings and passes fakes in `RuntimeOptions`; it never wires.
 */
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '@frontdesk/agents';
import {
  type AgentClient,
  type Bot,
  type Clock,
  type Core,
  createCore,
  createIdSource,
  type IdSource,
  type RateLimiter,
  type Store,
  systemClock,
  type TicketSink,
} from '@frontdesk/core';
import type { Logger } from 'pino';
import { bootstrap } from '../accounts/bootstrap.js';
import { type AgentRegistry, createAgentRegistry } from '../agents/agent-registry.js';
import { publishingStore } from '../events/desk-event-store.js';
import { createDeskEvents, type DeskEvents } from '../events/desk-events.js';
import { fileStorageFor } from '../files/file-storage-for.js';
import { knowledgeFolder } from '../knowledge/knowledge-folders.js';
import { createStreamLimiter, type StreamLimiter } from '../limits/stream-limits.js';
import { createLogger } from '../logger.js';
import { createSqliteRateLimiter } from '../rate-limiter.js';
import { createRequestLogWriter, type RequestLogWriter } from '../request-log.js';
import { createSecretBox, loadSecretKey, type SecretBox } from '../secrets/secret-box.js';
import type { Settings } from '../settings/config.js';
import { openStore } from '../store/open-store.js';
import { createTicketSinks, type TicketSinks } from '../tickets/ticket-sinks.js';
import { startPurgeJob } from './purge-job.js';
import { createRuntimeDelivery, type RuntimeDelivery } from './runtime-delivery.js';

/** What a test (or a benchmark) may put in place of the real thing. Everything else is built as in production. */
export interface RuntimeOptions {
  /** Default: the SQLite database in DATA_DIR (or DATABASE_URL's). */
  store?: Store;
  logger?: Logger;
  clock?: Clock;
  ids?: IdSource;
  /** Default: counters in DATA_DIR/rate-limits.db, so a restart keeps every client's count. */
  rateLimiter?: RateLimiter & { close?(): void };
  /** Default: FRONTDESK_SECRET_KEY or the data dir's key file. */
  secretKey?: Buffer;
  /** Answers for some bots instead of their configured agent; `undefined` falls back to it. */
  agentFor?: (bot: Bot) => AgentClient | undefined;
  /** A ticket sink for some bots instead of their configured one; `undefined` falls back to it. */
  ticketSinkFor?: (bot: Bot) => TicketSink | undefined;
  /** The articles shown under `/kb`; default: the demo knowledge folder, read on every call. */
  knowledge?: { articles(): Article[] };
  /** Where a generated owner token is shown on the first start (see `bootstrap`). */
  print?: (text: string) => void;
}

/** A knowledge folder of a bot, for `/v1/knowledge`. */
export interface KnowledgeFolderHandle {
  dir: string;
  articles(): Article[];
  reindex(): Promise<void>;
}

/** The running system without its HTTP surface: what routes and channel adapters are built around. */
export interface Runtime extends RuntimeDelivery {
  settings: Settings;
  logger: Logger;
  clock: Clock;
  ids: IdSource;
  /** Every ticket and message write also reaches the console's live stream (`deskEvents`). */
  store: Store;
  core: Core;
  rateLimiter: RateLimiter;
  /** The server secret; widget visitor tokens and resume links are signed with keys derived from it. */
  secretKey: Buffer;
  /** Seals credentials (integrations, connectors, agents) with the server secret. */
  secrets: SecretBox;
  agents: AgentRegistry;
  ticketSinks: TicketSinks;
  /** New tickets, ticket changes and messages, for `GET /v1/events`. */
  deskEvents: DeskEvents;
  /** Records every `/v1` request in batches. */
  requestLog: RequestLogWriter;
  /** Open SSE streams per token, visitor and address. */
  streams: StreamLimiter;
  /** The demo knowledge base shown under `/kb`. */
  knowledge: { articles(): Article[] };
  /** Any bot's knowledge folder inside FRONTDESK_KNOWLEDGE_ROOT/<workspace>. */
  knowledgeFolder(workspaceId: string, knowledgeDir: string): KnowledgeFolderHandle;
  /** Aborted by `beginShutdown` (or `close`): open streams send a final `shutdown` event and end. */
  shutdown: AbortSignal;
  /** Tells open streams the server is stopping; the host then stops accepting and calls `close`. */
  beginShutdown(): void;
  /** Stops background jobs and closes agents, the request log, the mailer, the store and the counters. Safe to call twice. */
  close(): Promise<void>;
}

/** Opens the store, runs the first-start setup and builds every service. Background jobs start with `startJobs`. */
export async function createRuntime(settings: Settings, options: RuntimeOptions = {}): Promise<Runtime> {
  const logger = options.logger ?? createLogger({ level: settings.logLevel });
  const rawStore = options.store ?? (await openStore(settings));
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? createIdSource(clock);
  const deskEvents = createDeskEvents();
  const store = publishingStore(rawStore, deskEvents);
  const secretKey = options.secretKey ?? loadSecretKey(settings);
  const secrets = createSecretBox(secretKey);
  const agents = createAgentRegistry({ settings, logger, credentials: { store, secrets, clock } });
  let rateLimiter: (RateLimiter & { close?(): void }) | undefined;
  try {
    await bootstrap({
      store,
      settings,
      clock,
      ids,
      logger,
      ...(options.print ? { print: options.print } : {}),
    });
    rateLimiter = options.rateLimiter ?? (await fileRateLimiter(settings));
  } catch (error) {
    await agents.close();
    await rawStore.close();
    throw error;
  }
  const ticketSinks = createTicketSinks({
    store,
    clock,
    ids,
    secrets,
    publicUrl: settings.publicUrl,
    logger,
    files: fileStorageFor(settings),
  });
  const core = createCore({
    store,
    agentFor: (bot) => options.agentFor?.(bot) ?? agents.agentFor(bot),
    ticketSinkFor: (bot) => options.ticketSinkFor?.(bot) ?? ticketSinks.sinkFor(bot),
    rateLimiter,
    defaultRateLimits: settings.rateLimits,
    clock,
    ids,
  });
  let knowledge = options.knowledge;
  if (!knowledge) {
    // Read the demo folder now, so the first question and `/kb` see every article.
    await agents.ready(settings.knowledgeDir);
    knowledge = agents.knowledgeFor(settings.knowledgeDir);
  }
  const delivery = createRuntimeDelivery({ settings, store, clock, ids, logger, secretKey, ticketSinks });
  // The request log writes to the store directly: its rows are not desk events.
  const requestLog = createRequestLogWriter({ store: rawStore, clock, ids, logger });
  const shutdown = new AbortController();
  const limiter = rateLimiter;

  let closing: Promise<void> | undefined;
  let purge: { stop(): Promise<void> } | undefined;
  return {
    settings,
    logger,
    clock,
    ids,
    store,
    core,
    rateLimiter: limiter,
    secretKey,
    secrets,
    agents,
    ticketSinks,
    deskEvents,
    requestLog,
    streams: createStreamLimiter(),
    knowledge,
    knowledgeFolder(workspaceId, knowledgeDir) {
      const dir = knowledgeFolder(workspaceId, knowledgeDir, settings);
      return { dir, ...agents.knowledgeFor(dir) };
    },
    shutdown: shutdown.signal,
    beginShutdown: () => shutdown.abort(),
    ...delivery,
    startJobs() {
      delivery.startJobs();
      purge ??= startPurgeJob({ store: rawStore, clock, logger });
    },
    async stopJobs() {
      await purge?.stop();
      purge = undefined;
      await delivery.stopJobs();
    },
    close() {
      closing ??= (async () => {
        shutdown.abort();
        await purge?.stop();
        await delivery.stopJobs();
        await requestLog.close();
        await agents.close();
        // Closing the store checkpoints SQLite's WAL, so the database is one clean file again.
        await rawStore.close();
        limiter.close?.();
      })();
      return closing;
    },
  };
}

/** Counters in their own file next to the database (0600), so a restart keeps every client's count. */
async function fileRateLimiter(settings: Settings): Promise<RateLimiter & { close(): void }> {
  const file = join(settings.dataDir, 'rate-limits.db');
  closeSync(openSync(file, 'a', 0o600));
  return createSqliteRateLimiter(file);
}
