/**
 * Short-lived claims (dedupe, idempotency, leases, OAuth states) leave the markers table once
 * expired; widget uploads no message carried are deleted after their retention.
 */
import type { Clock, Store } from '@frontdesk/core';
import type { Logger } from 'pino';
import type { FileStorage } from '../files/file-storage.js';
import { purgeUnsentUploads } from '../files/purge-unsent-uploads.js';

/** Once an hour is plenty: an expired marker already reads as absent; this only keeps the table small. */
const PURGE_INTERVAL_MS = 60 * 60 * 1000;

/** One pass: deletes every expired marker; returns how many went. */
export async function purgeExpiredMarkers(store: Store, clock: Clock, logger: Logger): Promise<number> {
  const purged = await store.purgeExpiredMarkers(clock.now());
  if (purged > 0) logger.debug({ purged }, 'purged expired markers');
  return purged;
}

/**
 * Purges every hour, first an hour after the start (a start is busy enough). Each instance runs it;
 * the delete is idempotent. `stop` waits for a running pass.
 */
export function startPurgeJob(
  options: {
    store: Store;
    clock: Clock;
    logger: Logger;
    /** With these, unsent widget uploads older than `retentionMs` are deleted too. */
    uploads?: { files: Pick<FileStorage, 'delete'>; retentionMs: number };
  },
  intervalMs = PURGE_INTERVAL_MS,
): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const { store, clock, logger, uploads } = options;
  const pass = async () => {
    await purgeExpiredMarkers(store, clock, logger).catch((error: unknown) =>
      logger.error({ err: error }, 'purging expired markers failed'),
    );
    if (!uploads) return;
    await purgeUnsentUploads({ store, clock, logger, ...uploads }).catch((error: unknown) =>
      logger.error({ err: error }, 'purging unsent uploads failed'),
    );
  };
  const timer = setInterval(() => {
    running = pass();
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
