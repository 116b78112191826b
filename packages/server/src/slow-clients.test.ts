// A client that trickles its headers or its body cannot hold a socket: it gets a 408 and the
// connection is closed once its time is up (the production limits are 15 s and 30 s).
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '@frontdesk/services/logger';
import { loadSettings } from '@frontdesk/services/settings/config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './server.js';

const TOKEN = 'slow-client-owner-token-0123456789';

let server: RunningServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-slow-'));
  const settings = loadSettings({
    FRONTDESK_DATA_DIR: dataDir,
    FRONTDESK_RATE_LIMITS: 'off',
    FRONTDESK_BOOTSTRAP_TOKEN: TOKEN,
  });
  server = await startServer(
    { ...settings, port: 0 },
    {
      handleSignals: false,
      logger: createLogger({ level: 'silent' }),
      clientTimeouts: { headersMs: 400, requestMs: 800, checkEveryMs: 100 },
    },
  );
});

afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Opens a raw connection, writes `first`, keeps trickling `drip` every 100 ms; resolves with what came back when closed. */
function trickle(first: string, drip: string): Promise<{ answer: string; heldMs: number }> {
  const { port } = new URL(server.url);
  const started = Date.now();
  return new Promise((resolve) => {
    const socket: Socket = connect(Number(port), '127.0.0.1', () => socket.write(first));
    let answer = '';
    const timer = setInterval(() => socket.writable && socket.write(drip), 100);
    socket.on('data', (chunk) => {
      answer += chunk.toString();
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ answer, heldMs: Date.now() - started });
    });
  });
}

describe('slow clients', () => {
  it('closes a connection whose headers never finish, with a 408', async () => {
    const { answer, heldMs } = await trickle('GET /healthz HTTP/1.1\r\nHost: x\r\n', 'X-Slow: 1\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(heldMs).toBeLessThan(5_000);
  });

  it('closes a connection whose body trickles past the request limit, with a 408', async () => {
    const head = `POST /v1/bots/demo/message HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n`;
    const { answer, heldMs } = await trickle(head, ' ');
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(heldMs).toBeLessThan(5_000);
  });

  it('still answers a client that sends in time', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
