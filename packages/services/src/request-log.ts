/** The request log writer: entries are buffered in memory and written in batches, off the request's path. */
import type { Clock, IdSource, RequestLogEntry, Store } from '@frontdesk/core';
import type { Logger } from 'pino';

/** Days kept when a workspace sets none. */
export const DEFAULT_LOG_RETENTION_DAYS = 30;
const DAY_MS = 86_400_000;
/** A row is written at most this long after its request ended. */
export const FLUSH_SOON_MS = 200;

export interface RequestLogOptions {
  store: Store;
  clock: Clock;
  ids: IdSource;
  logger: Logger;
  /** How often the buffer is written (default 1 s). */
  flushMs?: number;
  /** A full buffer is written at once (default 200 entries). */
  maxBatch?: number;
  /** How often old entries are purged (default hourly). */
  purgeMs?: number;
  /** Beyond this many waiting entries (store down), new ones are dropped, so memory stays bounded. */
  maxBuffered?: number;
}

export interface RequestLogWriter {
  /** Queues one entry; never waits and never throws. */
  record(entry: Omit<RequestLogEntry, 'id' | 'createdAt'>): void;
  /** Writes what is queued now (e.g. before `GET /v1/logs` reads). */
  flush(): Promise<void>;
  /** Deletes entries older than each workspace's retention; returns how many went. */
  purge(): Promise<number>;
  /** Stops the timers and writes what is left. */
  close(): Promise<void>;
}

/** Creates a writer whose timers do not keep the process alive. */
export function createRequestLogWriter(options: RequestLogOptions): RequestLogWriter {
  const { store, clock, ids, logger } = options;
  const maxBatch = options.maxBatch ?? 200;
  const maxBuffered = options.maxBuffered ?? 10_000;
  let buffer: RequestLogEntry[] = [];
  let writing: Promise<void> = Promise.resolve();

  function flush(): Promise<void> {
    // One write at a time, in order; a failed batch is logged and dropped, never retried forever.
    writing = writing.then(async () => {
      while (buffer.length > 0) {
        const batch = buffer.slice(0, maxBatch);
        buffer = buffer.slice(batch.length);
        await store.appendRequestLogs(batch).catch((error: unknown) => {
          logger.warn({ err: error, dropped: batch.length }, 'request log write failed');
        });
      }
    });
    return writing;
  }

  async function purge(): Promise<number> {
    const now = clock.now();
    let removed = 0;
    for (const workspace of await store.listWorkspaces()) {
      const days = workspace.logRetentionDays ?? DEFAULT_LOG_RETENTION_DAYS;
      removed += await store.purgeRequestLogs(workspace.id, now - days * DAY_MS);
    }
    removed += await store.purgeRequestLogs(null, now - DEFAULT_LOG_RETENTION_DAYS * DAY_MS);
    return removed;
  }

  const flushTimer = setInterval(() => void flush(), options.flushMs ?? 1000);
  const purgeTimer = setInterval(
    () => void purge().catch((error: unknown) => logger.warn({ err: error }, 'request log purge failed')),
    options.purgeMs ?? 3_600_000,
  );
  flushTimer.unref();
  purgeTimer.unref();

  return {
    record(entry) {
      if (buffer.length >= maxBuffered) return;
      buffer.push({ ...entry, id: ids.id('log'), createdAt: clock.now() });
      // Written within FLUSH_SOON_MS (rows of one burst share a commit), not a second later: a
      // kill -9 then loses at most the requests of that last moment.
      if (buffer.length === 1) setTimeout(() => void flush(), FLUSH_SOON_MS).unref();
      else if (buffer.length >= maxBatch) void flush();
    },
    flush,
    purge,
    async close() {
      clearInterval(flushTimer);
      clearInterval(purgeTimer);
      await flush();
    },
  };
}
