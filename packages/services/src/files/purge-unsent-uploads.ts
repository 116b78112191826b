/**
 * Widget uploads that no sent message carried (the visitor closed the page, removed the file, or
 * the message was refused) are deleted after the retention period: first the row, while it is
 * still unsent, then the bytes on disk or in S3. A file a message carried is never touched.
 */
import type { Clock, Store } from '@frontdesk/core';
import type { Logger } from 'pino';
import type { FileStorage } from './file-storage.js';

/** Rows read per batch: a pass goes on until none is left, a little at a time. */
const BATCH = 100;

export interface UnsentUploadPurge {
  store: Pick<Store, 'listUnsentUploads' | 'deleteUnsentUpload'>;
  files: Pick<FileStorage, 'delete'>;
  clock: Clock;
  logger: Logger;
  /** How long an unsent upload is kept, in milliseconds. */
  retentionMs: number;
}

/** One pass: deletes every unsent upload older than the retention; returns how many went. */
export async function purgeUnsentUploads(options: UnsentUploadPurge): Promise<number> {
  const before = options.clock.now() - options.retentionMs;
  let purged = 0;
  for (;;) {
    const batch = await options.store.listUnsentUploads(before, BATCH);
    let deleted = 0;
    for (const upload of batch) {
      // The row goes first, and only while unsent: a message carrying the file now keeps it.
      if (!(await options.store.deleteUnsentUpload(upload.id))) continue;
      deleted += 1;
      try {
        await options.files.delete(upload.id);
        purged += 1;
      } catch (error) {
        options.logger.warn({ err: error, uploadId: upload.id }, 'could not delete an unsent upload');
      }
    }
    if (batch.length < BATCH || deleted === 0) break;
  }
  if (purged > 0) options.logger.info({ purged }, 'deleted unsent uploads');
  return purged;
}
