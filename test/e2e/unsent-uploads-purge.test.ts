// biome-ignore-all lint/suspicious/noExplicitAny: these tests read loosely shaped JSON responses
// Widget uploads no message carried leave S3-compatible storage (a fake on 127.0.0.1) after the
// retention: the real server records each upload and marks the ones a message sent; the purge
// (the background job's pass, run here with a clock a day ahead) deletes only the unsent one.
import { fileStorageFor } from '@frontdesk/services/files/file-storage-for';
import { purgeUnsentUploads } from '@frontdesk/services/files/purge-unsent-uploads';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeS3, startFakeS3 } from '../fakes/s3-server.js';
import { PNG } from './attachment-files.js';
import { changeDemoWidget } from './demo-widget.js';
import { readSse, startTestServer, type TestServer } from './harness.js';
import { SITE, siteWidget } from './site-widget.js';

const HOUR = 60 * 60 * 1000;

describe('unsent widget uploads', () => {
  let s3: FakeS3;
  let server: TestServer;
  let token = '';
  const call = (path: string, init: RequestInit = {}) => siteWidget(server).call(path, { ...init, token });
  const upload = async (name: string) =>
    ((await (await call(`/attachments?name=${name}`, { method: 'POST', body: PNG })).json()) as any).data
      .id as string;

  beforeAll(async () => {
    s3 = await startFakeS3({ prefix: 'attachments' });
    server = await startTestServer({ env: { FRONTDESK_FILES_S3_URL: s3.url } });
    await changeDemoWidget(server, { allowedOrigins: [SITE] });
    token = await siteWidget(server).visitor();
  });

  afterAll(async () => {
    await server?.close();
    await s3?.close();
  });

  it('are deleted from S3 after the retention, while a sent file stays readable', async () => {
    const sent = await upload('sent.png');
    const abandoned = await upload('abandoned.png');
    const reply = await call('/messages', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'Here it is', attachments: [{ id: sent, name: 'sent.png' }] }),
    });
    await readSse(reply);
    expect(s3.objects.has(`attachments/${abandoned}`)).toBe(true);

    const files = fileStorageFor({ dataDir: server.dataDir, filesS3Url: s3.url });
    const purge = (aheadMs: number) =>
      purgeUnsentUploads({
        store: server.store,
        files,
        clock: { now: () => Date.now() + aheadMs },
        logger: pino({ level: 'silent' }),
        retentionMs: 24 * HOUR,
      });
    expect(await purge(HOUR)).toBe(0);
    expect(await purge(25 * HOUR)).toBe(1);

    expect(s3.objects.has(`attachments/${abandoned}`)).toBe(false);
    expect(s3.objects.has(`attachments/${abandoned}.json`)).toBe(false);
    expect((await call(`/attachments/${abandoned}`)).status).toBe(404);
    const kept = await call(`/attachments/${sent}`);
    expect(kept.status).toBe(200);
    expect(Buffer.from(await kept.arrayBuffer()).equals(PNG)).toBe(true);
    expect(await purge(100 * HOUR)).toBe(0);
  });
});
