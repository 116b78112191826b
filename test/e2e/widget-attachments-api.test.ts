// biome-ignore-all lint/suspicious/noExplicitAny: these tests read loosely shaped JSON responses
// Widget attachments over HTTP against the real server: per-bot limits with clear 400s, files on
// disk under DATA_DIR or in S3-compatible storage (a fake on 127.0.0.1), served only to the visitor
// who sent them and to staff, never as a page.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeS3, startFakeS3 } from '../fakes/s3-server.js';
import { PDF, PNG } from './attachment-files.js';
import { OWNER_TOKEN, readSse, startTestServer, type TestServer } from './harness.js';
import { SITE, siteWidget } from './site-widget.js';

function client(server: TestServer) {
  const { call, visitor } = siteWidget(server);
  return {
    call,
    visitor,
    upload: (token: string, name: string, body: Uint8Array) =>
      call(`/attachments?name=${encodeURIComponent(name)}`, {
        method: 'POST',
        token,
        headers: { 'Content-Type': 'application/octet-stream' },
        body: body as Uint8Array<ArrayBuffer>,
      }),
  };
}

async function startWith(env: Record<string, string> = {}): Promise<TestServer> {
  const server = await startTestServer({ env });
  const demo = await server.store.getBot('ws_default', 'demo');
  await server.saveBot({
    id: 'demo',
    settings: {
      ...demo!.settings,
      widget: {
        ...demo!.settings.widget,
        allowedOrigins: [SITE],
        attachments: {
          enabled: true,
          maxBytes: 2 * 1024 * 1024,
          maxFiles: 2,
          types: ['image/png', 'application/pdf'],
        },
      },
    },
  });
  return server;
}

describe('widget attachments on local disk', () => {
  let server: TestServer;
  let api: ReturnType<typeof client>;
  beforeAll(async () => {
    server = await startWith();
    api = client(server);
  });
  afterAll(() => server.close());

  it('stores an image under DATA_DIR and serves it back to its visitor inline, sniff-proof', async () => {
    const token = await api.visitor();
    const response = await api.upload(token, 'screen shot.png', PNG);
    expect(response.status).toBe(201);
    const { data } = (await response.json()) as any;
    expect(data).toMatchObject({ name: 'screen shot.png', type: 'image/png', size: PNG.length });
    expect(data.id).toMatch(/^att_/);
    expect(existsSync(join(server.dataDir, 'attachments', data.id))).toBe(true);

    const file = await api.call(`/attachments/${data.id}`, { token });
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer())).toEqual(PNG);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-security-policy')).toMatch(/^sandbox/);
    expect(file.headers.get('content-disposition')).toBe("inline; filename*=UTF-8''screen%20shot.png");
  });

  it('downloads anything but images, and refuses HTML named .png with a 400 naming the type', async () => {
    const token = await api.visitor();
    const pdf = (await (await api.upload(token, 'invoice.pdf', PDF)).json()) as any;
    const file = await api.call(`/attachments/${pdf.data.id}`, { token });
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename\*=UTF-8''invoice\.pdf$/);

    const html = await api.upload(token, 'cat.png', Buffer.from('<html><script>alert(1)</script></html>'));
    expect(html.status).toBe(400);
    expect(((await html.json()) as any).message).toMatch(
      /^file\.type: .*not accepted; send image\/png, application\/pdf/,
    );
    const text = await api.upload(token, 'notes.txt', Buffer.from('plain words'));
    expect(text.status).toBe(400);
    expect(((await text.json()) as any).message).toContain('text/plain is not accepted');
  });

  it("holds the bot's size limit (above the server's 1 MiB body limit) and needs a name", async () => {
    const token = await api.visitor();
    const big = Buffer.concat([PNG, Buffer.alloc(1_500_000)]);
    expect((await api.upload(token, 'big.png', big)).status).toBe(201);
    const tooBig = await api.upload(token, 'huge.png', Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]));
    expect(tooBig.status).toBe(400);
    expect(((await tooBig.json()) as any).message).toContain(
      "file.size: the file is larger than this bot's limit of 2 MB",
    );
    const unnamed = await api.call('/attachments', { method: 'POST', token, body: PNG });
    expect(unnamed.status).toBe(400);
    expect(((await unnamed.json()) as any).message).toMatch(/^name:/);
  });

  it('serves a file to no other visitor, nobody without a token, and staff of its workspace only', async () => {
    const token = await api.visitor();
    const { data } = (await (await api.upload(token, 'a.png', PNG)).json()) as any;
    expect((await api.call(`/attachments/${data.id}`, { token: await api.visitor() })).status).toBe(404);
    expect((await api.call(`/attachments/${data.id}`)).status).toBe(401);
    expect((await api.call(`/attachments/${data.id}`, { token: OWNER_TOKEN })).status).toBe(200);
    const viewer = await server.token({ role: 'viewer' });
    expect((await api.call(`/attachments/${data.id}`, { token: viewer })).status).toBe(200);
    const stranger = await server.token({ workspaceId: 'ws_other' });
    expect((await api.call(`/attachments/${data.id}`, { token: stranger })).status).toBe(404);
  });

  it('sends a message that refers to uploads, refusing too many files or one of another visitor', async () => {
    const token = await api.visitor();
    const ids: string[] = [];
    for (const name of ['one.png', 'two.png', 'three.png']) {
      ids.push(((await (await api.upload(token, name, PNG)).json()) as any).data.id);
    }
    const send = (attachments: object[], text = 'The page looks like this') =>
      api.call('/messages', {
        method: 'POST',
        token,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text, attachments }),
      });
    const tooMany = await send(ids.map((id, index) => ({ id, name: `${index}.png` })));
    expect(tooMany.status).toBe(400);
    expect(((await tooMany.json()) as any).message).toBe('attachments: at most 2 files per message.');

    const otherToken = await api.visitor();
    const foreign = ((await (await api.upload(otherToken, 'x.png', PNG)).json()) as any).data.id;
    const stolen = await send([{ id: foreign, name: 'x.png' }]);
    expect(stolen.status).toBe(400);
    expect(((await stolen.json()) as any).message).toContain('attachments.0.id');

    const forged = await send([], `See [📎 a.png](attachment:${foreign})`);
    const forgedEnd = (await readSse(forged)).at(-1)!.data as any;
    const forgedHistory = (await (
      await api.call(`/conversations/${forgedEnd.data.conversationId}/messages`, { token })
    ).json()) as any;
    expect(forgedHistory.data.messages[0].text).toBe(`See [📎 a.png] (attachment:${foreign})`);

    const sent = await send([{ id: ids[0], name: 'one.png' }]);
    expect(sent.status).toBe(200);
    const end = (await readSse(sent)).at(-1)!.data as any;
    const history = (await (
      await api.call(`/conversations/${end.data.conversationId}/messages`, { token })
    ).json()) as any;
    // The widget's history: the words, and the file beside them for the widget to show.
    expect(history.data.messages[0].text).toBe('The page looks like this');
    expect(history.data.messages[0].attachments).toEqual([
      { id: ids[0], name: 'one.png', type: 'image/png', size: PNG.byteLength },
    ]);
    const transcript = (await (
      await fetch(`${server.url}/v1/conversations/${end.data.conversationId}/transcript`, {
        headers: { Authorization: `Bearer ${OWNER_TOKEN}` },
      })
    ).json()) as any;
    expect(transcript.data[0].text).toBe(`The page looks like this\n[📎 one.png](attachment:${ids[0]})`);
  });
});

describe('widget attachments in S3-compatible storage', () => {
  let s3: FakeS3;
  let server: TestServer;
  let api: ReturnType<typeof client>;
  beforeAll(async () => {
    s3 = await startFakeS3({ prefix: 'attachments' });
    server = await startWith({ FRONTDESK_FILES_S3_URL: s3.url });
    api = client(server);
  });
  afterAll(async () => {
    await server.close();
    await s3.close();
  });

  it('puts the bytes and their owner in the bucket, not on disk, and serves them from there', async () => {
    const token = await api.visitor();
    const { data } = (await (await api.upload(token, 'shot.png', PNG)).json()) as any;
    expect(s3.objects.get(`attachments/${data.id}`)?.body).toEqual(PNG);
    expect(JSON.parse(s3.objects.get(`attachments/${data.id}.json`)!.body.toString())).toMatchObject({
      name: 'shot.png',
      type: 'image/png',
    });
    expect(existsSync(join(server.dataDir, 'attachments'))).toBe(false);
    const file = await api.call(`/attachments/${data.id}`, { token });
    expect(Buffer.from(await file.arrayBuffer())).toEqual(PNG);
    expect((await api.call('/attachments/att_AAAAAAAAAAAAAAAAAAAAAAAA', { token })).status).toBe(404);
  });
});

describe('widget attachments under rate limits', () => {
  let server: TestServer;
  let api: ReturnType<typeof client>;
  beforeAll(async () => {
    server = await startWith({ FRONTDESK_RATE_LIMITS: '100/60s' });
    api = client(server);
  });
  afterAll(() => server.close());

  it('takes 20 uploads a minute from one visitor, then answers 429 with Retry-After', async () => {
    const token = await api.visitor();
    for (let index = 0; index < 20; index += 1) {
      expect((await api.upload(token, `shot-${index}.png`, PNG)).status).toBe(201);
    }
    const refused = await api.upload(token, 'one-more.png', PNG);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another visitor is not held back.
    expect((await api.upload(await api.visitor(), 'mine.png', PNG)).status).toBe(201);
  });
});
