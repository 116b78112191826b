import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryStore } from '@frontdesk/core/testing';
import pino from 'pino';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { startPurgeJob } from '../runtime/purge-job.js';
import { createDiskFileStorage } from './disk-file-storage.js';
import { purgeUnsentUploads } from './purge-unsent-uploads.js';

const HOUR = 60 * 60 * 1000;
const T0 = 1_700_000_000_000;
const logger = pino({ level: 'silent' });
const dir = mkdtempSync(join(tmpdir(), 'purge-uploads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A store and a folder holding uploads made at the given times; `sent` ones a message carried. */
async function uploadsAt(folder: string, made: { id: string; at: number; sent?: boolean }[]) {
  const store = createMemoryStore();
  const files = createDiskFileStorage(join(dir, folder));
  for (const upload of made) {
    const owner = { workspaceId: 'ws_1', botId: 'demo', visitorId: 'vis_1', createdAt: upload.at };
    await store.recordUpload({ id: upload.id, ...owner });
    await files.put({
      info: { id: upload.id, name: `${upload.id}.png`, type: 'image/png', size: 3, ...owner },
      body: new Uint8Array([1, 2, 3]),
    });
    if (upload.sent) await store.markUploadsSent([upload.id], upload.at + 1000);
  }
  return { store, files, path: (id: string) => join(dir, folder, id) };
}

const OLD_UNSENT = 'att_oldunsent0000000000';
const OLD_SENT = 'att_oldsent000000000000';
const RECENT = 'att_recentunsent0000000';

describe('purgeUnsentUploads', () => {
  it('deletes unsent uploads past the retention, bytes and metadata, and nothing else', async () => {
    const { store, files, path } = await uploadsAt('one', [
      { id: OLD_UNSENT, at: T0 },
      { id: OLD_SENT, at: T0, sent: true },
      { id: RECENT, at: T0 + 20 * HOUR },
    ]);
    const clock = { now: () => T0 + 25 * HOUR };
    expect(await purgeUnsentUploads({ store, files, clock, logger, retentionMs: 24 * HOUR })).toBe(1);
    expect(existsSync(path(OLD_UNSENT))).toBe(false);
    expect(existsSync(`${path(OLD_UNSENT)}.json`)).toBe(false);
    expect(await files.get(OLD_SENT)).toBeDefined();
    expect(await files.get(RECENT)).toBeDefined();
    expect((await store.listUnsentUploads(clock.now() + 48 * HOUR, 10)).map((upload) => upload.id)).toEqual([
      RECENT,
    ]);
  });

  it('runs in the purge job once the clock passes the retention', async () => {
    const { store, files } = await uploadsAt('two', [
      { id: OLD_UNSENT, at: T0 },
      { id: OLD_SENT, at: T0, sent: true },
    ]);
    let now = T0 + HOUR;
    const job = startPurgeJob(
      { store, clock: { now: () => now }, logger, uploads: { files, retentionMs: 24 * HOUR } },
      20,
    );
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await files.get(OLD_UNSENT)).toBeDefined();
    now = T0 + 24 * HOUR + 1;
    await vi.waitFor(async () => expect(await files.get(OLD_UNSENT)).toBeUndefined());
    await job.stop();
    expect(await files.get(OLD_SENT)).toBeDefined();
  });
});
