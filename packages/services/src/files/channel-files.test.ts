import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '@frontdesk/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChannelFiles } from './channel-files.js';
import { createDiskFileStorage } from './disk-file-storage.js';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const files: Record<string, Buffer> = {
  '/shot.png': PNG,
  '/page.html': Buffer.from('<html><script>alert(1)</script></html>'),
  '/big.png': Buffer.concat([PNG, Buffer.alloc(2000)]),
};
let server: Server;
let base = '';
const seenAuth: string[] = [];
const dir = mkdtempSync(join(tmpdir(), 'channel-files-'));

beforeAll(async () => {
  server = createServer((request, response) => {
    seenAuth.push(request.headers.authorization ?? '');
    const body = files[request.url ?? ''];
    if (!body) return response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

function keeperWith(attachments: object) {
  const storage = createDiskFileStorage(dir);
  const bots = { getBot: async () => ({ settings: { widget: { attachments } } }) } as unknown as Pick<
    Store,
    'getBot'
  >;
  const keep = createChannelFiles({ files: storage, bots, fetch, now: () => 1000 });
  return { storage, keep };
}
const owner = { workspaceId: 'ws_1', botId: 'bot_1', senderId: 'slack:T1:U1' };
const limits = { enabled: true, maxBytes: 1000, maxFiles: 2, types: ['image/png', 'application/pdf'] };

describe('channel files', () => {
  it('downloads with the given headers, stores the bytes and names the file as an attachment line', async () => {
    const { storage, keep } = keeperWith(limits);
    const kept = await keep(owner, [
      { name: 'shot (1).png', url: `${base}/shot.png`, headers: { Authorization: 'Bearer xoxb-1' } },
    ]);
    expect(kept.refused).toEqual([]);
    const id = /\(attachment:(att_[\w-]+)\)$/.exec(kept.lines[0] ?? '')?.[1] as string;
    expect(kept.lines[0]).toMatch(/^\[📎 shot 1\.png\]\(attachment:att_/);
    expect(seenAuth).toContain('Bearer xoxb-1');
    const stored = await storage.get(id);
    expect(stored?.info).toMatchObject({ type: 'image/png', visitorId: 'slack:T1:U1', botId: 'bot_1' });
    expect(Buffer.from(stored?.body ?? [])).toEqual(PNG);
  });

  it('names every refused file with its reason instead of dropping it', async () => {
    const { keep } = keeperWith(limits);
    const kept = await keep(owner, [
      { name: 'page.html', url: `${base}/page.html` },
      { name: 'big.png', url: `${base}/big.png` },
      { name: 'third.png', url: `${base}/shot.png` },
    ]);
    expect(kept.lines).toEqual([]);
    expect(kept.refused).toEqual([
      {
        index: 0,
        name: 'page.html',
        reason: 'this kind of file is not accepted; send image/png, application/pdf.',
      },
      { index: 1, name: 'big.png', reason: "larger than this bot's limit of 1 KB." },
      { index: 2, name: 'third.png', reason: 'at most 2 files per message.' },
    ]);
  });

  it('refuses a file announced too large without downloading it, and a missing one by name', async () => {
    const { keep } = keeperWith(limits);
    const before = seenAuth.length;
    const kept = await keep(owner, [
      { name: 'huge.pdf', url: `${base}/huge.pdf`, size: 5000 },
      { name: 'gone.png', url: `${base}/gone.png` },
    ]);
    expect(seenAuth.length).toBe(before + 1);
    expect(kept.refused).toEqual([
      { index: 0, name: 'huge.pdf', reason: "larger than this bot's limit of 1 KB." },
      { index: 1, name: 'gone.png', reason: 'could not be downloaded.' },
    ]);
  });

  it('refuses all files when the bot takes none', async () => {
    const { keep } = keeperWith({ ...limits, enabled: false });
    const kept = await keep(owner, [{ name: 'shot.png', url: `${base}/shot.png` }]);
    expect(kept).toEqual({
      lines: [],
      refused: [{ index: 0, name: 'shot.png', reason: 'this bot does not take files.' }],
    });
  });
});
