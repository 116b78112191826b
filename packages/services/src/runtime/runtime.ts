/**
 * The one composition root: production (`frontdesk start`), every test and every benchmark build the
 * running system here. A test varies settings and passes fakes in `RuntimeOptions`; it never wires.
 */
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge } from '@frontdesk/agents';
import { createCore, createIdSource, type RateLimiter, systemClock } from '@frontdesk/core';
import { bootstrap, DEFAULT_WORKSPACE_ID } from '../accounts/bootstrap.js';
import { createAgentRegistry } from '../agents/agent-registry.js';
import { publishingStore } from '../events/desk-event-store.js';
import { createDeskEvents } from '../events/desk-events.js';
import { fileStorageFor } from '../files/file-storage-for.js';
import { knowledgeFolder, sharedKnowledgeFolder } from '../knowledge/knowledge-folders.js';
import { createKnowledgeSyncJob } from '../knowledge/knowledge-sync-job.js';
import { mcpSourceTargets } from '../knowledge/mcp-source-target.js';
import { createRedisRateLimiter } from '../limits/redis-rate-limiter.js';
import { createStreamLimiter } from '../limits/stream-limits.js';
import { createLogger } from '../logger.js';
import { countingDuplicates } from '../ops/count-duplicates.js';
import {
  instrumentAgent,
  instrumentCore,
  instrumentRateLimiter,
  instrumentStreams,
} from '../ops/instrument.js';
import { createOps } from '../ops/ops.js';
import { startTracing } from '../ops/tracing.js';
import { createSqliteRateLimiter } from '../rate-limiter.js';
import { createRequestLogWriter } from '../request-log.js';
import { createSecretBox, loadSecretKey } from '../secrets/secret-box.js';
import type { Settings } from '../settings/config.js';
import { openStore } from '../store/open-store.js';
import { createTicketSinks } from '../tickets/ticket-sinks.js';
import { startPurgeJob } from './purge-job.js';
import { createRuntimeDelivery } from './runtime-delivery.js';
import { openShared, type SharedConnections } from './runtime-shared.js';

import type { Runtime, RuntimeOptions } from './runtime-types.js';

export type { KnowledgeFolderHandle, Runtime, RuntimeOptions } from './runtime-types.js';

/** Opens the store, runs the first-start setup and builds every service. Background jobs start with `startJobs`. */
export async function createRuntime(settings: Settings, options: RuntimeOptions = {}): Promise<Runtime> {
  const logger = options.logger ?? createLogger({ level: settings.logLevel });
  const rawStore = options.store ?? (await openStore(settings));
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? createIdSource(clock);
  let shared: SharedConnections;
  try {
    shared = await openShared(settings, logger, options.bus);
  } catch (error) {
    await rawStore.close();
    throw error;
  }
  // Nothing of the OpenTelemetry SDK is loaded unless OTEL_EXPORTER_OTLP_ENDPOINT is set.
  const tracing = await startTracing(process.env, logger).catch((error: unknown) => {
    logger.warn({ err: error }, 'OpenTelemetry could not start; running without traces');
    return undefined;
  });
  const deskEvents = createDeskEvents(shared.bus, (error) =>
    logger.warn({ err: error }, 'desk event not published'),
  );
  const ops = createOps({
    settings,
    store: rawStore,
    redis: shared.redis,
    now: () => clock.now(),
    ownDatabase: !options.store,
  });
  const { metrics } = ops;
  const store = countingDuplicates(publishingStore(rawStore, deskEvents), metrics);
  const secretKey = options.secretKey ?? loadSecretKey(settings);
  const secrets = createSecretBox(secretKey);
  const files = fileStorageFor(settings);
  const agents = createAgentRegistry({ settings, logger, credentials: { store, secrets, clock }, files });
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
    rateLimiter =
      options.rateLimiter ??
      (shared.redis
        ? createRedisRateLimiter(shared.redis, settings.redisPrefix)
        : await fileRateLimiter(settings));
  } catch (error) {
    await agents.close();
    await rawStore.close();
    await shared.close();
    throw error;
  }
  const ticketSinks = createTicketSinks({
    store,
    clock,
    ids,
    secrets,
    publicUrl: settings.publicUrl,
    logger,
    files,
  });
  const countedLimiter = instrumentRateLimiter(rateLimiter, metrics);
  const core = instrumentCore(
    createCore({
      store,
      agentFor: (bot) => instrumentAgent(options.agentFor?.(bot) ?? agents.agentFor(bot), metrics),
      ticketSinkFor: (bot) => options.ticketSinkFor?.(bot) ?? ticketSinks.sinkFor(bot),
      rateLimiter: countedLimiter,
      defaultRateLimits: settings.rateLimits,
      clock,
      ids,
    }),
    metrics,
  );
  let knowledge = options.knowledge;
  if (!knowledge) {
    // Read the demo folder now, so the first question and `/kb` see every article (with the
    // default workspace's shared ones, as its demo bot does).
    const shared = sharedKnowledgeFolder(DEFAULT_WORKSPACE_ID, settings);
    await agents.ready(settings.knowledgeDir, shared);
    knowledge = agents.knowledgeFor(settings.knowledgeDir, shared);
  }
  const delivery = createRuntimeDelivery({ settings, store, clock, ids, logger, secretKey, ticketSinks });
  // Imported websites re-synced on their own schedules, one instance per sync.
  const knowledgeSync = createKnowledgeSyncJob({
    settings,
    store,
    clock,
    logger,
    mcpTarget: mcpSourceTargets({ store, secrets, clock }),
    async folder(dir) {
      // The folder's own files (not the shared articles its bots also read).
      const slugs = (await loadKnowledge(dir)).map((article) => article.slug);
      return { dir, slugs: () => slugs, reindex: () => agents.reindexFolder(dir) };
    },
  });
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
    rateLimiter: countedLimiter,
    secretKey,
    secrets,
    agents,
    ticketSinks,
    files,
    deskEvents,
    bus: shared.bus,
    busKind: shared.busKind,
    redis: shared.redis,
    requestLog,
    streams: instrumentStreams(createStreamLimiter(), metrics),
    ops,
    knowledge,
    knowledgeFolder(workspaceId, knowledgeDir) {
      const dir = knowledgeFolder(workspaceId, knowledgeDir, settings);
      const sharedDir = sharedKnowledgeFolder(workspaceId, settings);
      const folder = agents.knowledgeFor(dir, sharedDir);
      return { dir, articles: folder.articles, reindex: () => agents.reindexFolder(dir, { sharedDir }) };
    },
    sharedKnowledgeFolder(workspaceId) {
      const dir = sharedKnowledgeFolder(workspaceId, settings);
      mkdirSync(dir, { recursive: true });
      const folder = agents.knowledgeFor(dir);
      return {
        dir,
        articles: () => folder.articles().map((article) => ({ ...article, shared: true })),
        reindex: () => agents.reindexFolder(dir, {}),
      };
    },
    shutdown: shutdown.signal,
    beginShutdown: () => shutdown.abort(),
    ...delivery,
    startJobs() {
      delivery.startJobs();
      knowledgeSync.start();
      purge ??= startPurgeJob({
        store: rawStore,
        clock,
        logger,
        uploads: { files, retentionMs: settings.uploadRetentionHours * 60 * 60 * 1000 },
      });
    },
    async stopJobs() {
      await knowledgeSync.stop();
      await purge?.stop();
      purge = undefined;
      await delivery.stopJobs();
    },
    close() {
      closing ??= (async () => {
        shutdown.abort();
        await knowledgeSync.stop();
        await purge?.stop();
        await delivery.stopJobs();
        await requestLog.close();
        await agents.close();
        // Closing the store checkpoints SQLite's WAL, so the database is one clean file again.
        await rawStore.close();
        await ops.close();
        limiter.close?.();
        await shared.close();
        await tracing?.shutdown();
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
