// biome-ignore-all lint/suspicious/noExplicitAny: these tests read loosely shaped JSON responses
// Deleting a workspace deletes its files from storage, on local disk and in S3-compatible storage
// (a fake on 127.0.0.1): a visitor's sent file, an unsent upload and a file another channel stored;
// another workspace's files stay readable.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileStorageFor } from '@frontdesk/services/files/file-storage-for';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeS3, startFakeS3 } from '../fakes/s3-server.js';
import { PNG } from './attachment-files.js';
import { readSse, startTestServer, type TestServer } from './harness.js';

const SITE = 'https://shop.example.com';

describe.each(['disk', 's3'] as const)('deleting a workspace with files on %s', (kind) => {
  let s3: FakeS3 | undefined;
  let server: TestServer;

  beforeAll(async () => {
    if (kind === 's3') s3 = await startFakeS3({ prefix: 'attachments' });
    server = await startTestServer(s3 ? { env: { FRONTDESK_FILES_S3_URL: s3.url } } : {});
    const demo = (await server.store.getBot('ws_default', 'demo'))!;
    const widget = { ...demo.settings.widget, allowedOrigins: [SITE] };
    await server.saveBot({ id: 'demo', settings: { ...demo.settings, widget } });
    await server.token({ workspaceId: 'ws_gone' });
    await server.store.saveBot({ ...demo, workspaceId: 'ws_gone', settings: { ...demo.settings, widget } });
  });

  afterAll(async () => {
    await server?.close();
    await s3?.close();
  });

  /** A visitor of the workspace's demo bot, uploading and sending as the widget does. */
  async function visitor(workspaceId: string) {
    const call = (path: string, init: RequestInit & { token?: string } = {}) =>
      fetch(`${server.url}/widget/v1${path}`, {
        ...init,
        headers: {
          Origin: SITE,
          'Content-Type': 'application/json',
          ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
        },
      });
    const session = await call('/sessions', {
      method: 'POST',
      body: JSON.stringify({ botId: 'demo', workspaceId }),
    });
    const token = ((await session.json()) as any).data.visitorToken as string;
    const upload = async (name: string) => {
      const response = await call(`/attachments?name=${name}`, { method: 'POST', body: PNG, token });
      return ((await response.json()) as any).data.id as string;
    };
    const send = async (id: string, name: string) => {
      const body = JSON.stringify({ text: 'Here it is', attachments: [{ id, name }] });
      await readSse(await call('/messages', { method: 'POST', body, token }));
    };
    const read = (id: string) => call(`/attachments/${id}`, { token });
    return { upload, send, read };
  }

  /** Whether the bytes or the metadata of the file are still in storage. */
  const stored = (id: string) =>
    s3
      ? [...s3.objects.keys()].some((key) => key.startsWith(`attachments/${id}`))
      : existsSync(join(server.dataDir, 'attachments', id)) ||
        existsSync(join(server.dataDir, 'attachments', `${id}.json`));

  it('removes the bytes and metadata of every file of the workspace, and no other', async () => {
    const gone = await visitor('ws_gone');
    const sent = await gone.upload('sent.png');
    await gone.send(sent, 'sent.png');
    const unsent = await gone.upload('unsent.png');
    // A file from Slack or Teams: stored with no upload row.
    const files = fileStorageFor({ dataDir: server.dataDir, filesS3Url: s3?.url });
    const channel = 'att_channelfile0123456789ab';
    await files.put({
      info: {
        id: channel,
        workspaceId: 'ws_gone',
        botId: 'demo',
        visitorId: 'slack:U1',
        name: 'screenshot.png',
        type: 'image/png',
        size: PNG.length,
        createdAt: Date.now(),
      },
      body: PNG,
    });
    const staying = await visitor('ws_default');
    const kept = await staying.upload('kept.png');
    for (const id of [sent, unsent, channel, kept]) expect(stored(id)).toBe(true);

    const owner = await server.token({ workspaceId: 'ws_gone' });
    const response = await fetch(`${server.url}/v1/workspaces/ws_gone`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${owner}` },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as any;
    expect(body.data.deleted).toBe(true);
    expect(body.data.counts.files).toBe(3);

    for (const id of [sent, unsent, channel]) expect(stored(id)).toBe(false);
    expect(await files.info(sent)).toBeUndefined();
    expect(stored(kept)).toBe(true);
    const read = await staying.read(kept);
    expect(read.status).toBe(200);
    expect(Buffer.from(await read.arrayBuffer()).equals(PNG)).toBe(true);
    if (!s3) expect(readdirSync(join(server.dataDir, 'attachments')).sort()).toEqual([kept, `${kept}.json`]);
  });
});
