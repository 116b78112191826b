// `deleteWorkspaceFiles` of both file storages: only the workspace's files go, names that are not
// files are left alone, and in S3 a bucket of more than one listing page (1,000 keys) is covered.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDiskFileStorage } from '@frontdesk/services/files/disk-file-storage';
import type { StoredFileInfo } from '@frontdesk/services/files/file-storage';
import { createS3FileStorage, parseS3Url } from '@frontdesk/services/files/s3-file-storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeS3, startFakeS3 } from '../fakes/s3-server.js';

const info = (n: number, workspaceId: string): StoredFileInfo => ({
  id: `att_file${String(n).padStart(16, '0')}`,
  workspaceId,
  botId: 'demo',
  visitorId: 'v1',
  name: `${n}.txt`,
  type: 'text/plain',
  size: 1,
  createdAt: 0,
});

describe('deleting the files of a workspace', () => {
  let dir: string;
  let s3: FakeS3;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'i18n-workspace-files-'));
    s3 = await startFakeS3({ prefix: 'files' });
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await s3.close();
  });

  it('on disk: the workspace files only, and nothing else in the folder', async () => {
    const files = createDiskFileStorage(dir);
    expect(await files.deleteWorkspaceFiles('ws_a')).toBe(0);
    for (const n of [1, 2, 3])
      await files.put({ info: info(n, n === 3 ? 'ws_b' : 'ws_a'), body: new Uint8Array([n]) });
    writeFileSync(join(dir, 'notes.json'), '{"workspaceId":"ws_a"}');
    expect(await files.deleteWorkspaceFiles('ws_a')).toBe(2);
    expect(readdirSync(dir).sort()).toEqual([info(3, 'ws_b').id, `${info(3, 'ws_b').id}.json`, 'notes.json']);
    expect((await files.get(info(3, 'ws_b').id))?.body).toEqual(new Uint8Array([3]));
  });

  it('in S3: across listing pages, leaving other workspaces and other keys', async () => {
    const files = createS3FileStorage(parseS3Url(s3.url));
    // 600 files, 1,200 keys (two listing pages), put straight into the fake to keep the test quick.
    for (let n = 0; n < 600; n += 1) {
      const file = info(n, n % 2 === 0 ? 'ws_a' : 'ws_b');
      s3.objects.set(`files/${file.id}`, { body: Buffer.from([1]), type: 'text/plain' });
      s3.objects.set(`files/${file.id}.json`, {
        body: Buffer.from(JSON.stringify(file)),
        type: 'application/json',
      });
    }
    s3.objects.set('elsewhere/att_file0000000000000000.json', { body: Buffer.from('{}'), type: undefined });
    expect(await files.deleteWorkspaceFiles('ws_a')).toBe(300);
    const keys = [...s3.objects.keys()];
    expect(keys.filter((key) => key.startsWith('files/'))).toHaveLength(600);
    expect(keys).toContain('elsewhere/att_file0000000000000000.json');
    expect(await files.info(info(0, 'ws_a').id)).toBeUndefined();
    expect((await files.info(info(1, 'ws_b').id))?.workspaceId).toBe('ws_b');
    expect(
      s3.requests.filter((line) => line.startsWith('GET /frontdesk-files') && !line.includes('att_')),
    ).toHaveLength(2);
  }, 60_000);
});
