// kill -9 during a request with an Idempotency-Key: the retry after the restart answers at once, in the same conversation.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type HttpFake, sendJson, startHttpFake } from '../fakes/http-fake.js';
import { freePort, startCli } from './process.js';

const dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-idempotency-kill-'));
const TOKEN = 'fd_idempotency_kill_owner_token_0123456789';
let remote: HttpFake | undefined;
let running: ChildProcess | undefined;
let hold = true;

afterAll(async () => {
  running?.kill('SIGKILL');
  hold = false;
  await remote?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function start(port: number) {
  return startCli(
    {
      PORT: String(port),
      FRONTDESK_DATA_DIR: dataDir,
      FRONTDESK_BOOTSTRAP_TOKEN: TOKEN,
      FRONTDESK_RATE_LIMITS: 'off',
    },
    (child) => {
      running = child;
    },
  );
}

const call = (
  port: number,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) =>
  fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe('Idempotency-Key across kill -9', () => {
  it('retries of keys in flight at the crash neither wait for 409s nor create second conversations', async () => {
    // A remote agent that holds the first requests (the process dies meanwhile) and answers later ones.
    remote = await startHttpFake(async (request, response) => {
      while (hold && request.body && JSON.stringify(request.body).includes('in flight')) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      sendJson(response, 200, {
        success: true,
        data: { answers: 'Answered.', sources: [], conversationId: 'remote-1' },
      });
    });
    const port = await freePort();
    await start(port);
    const agent = await call(port, 'PUT', '/v1/bots/demo/agent', {
      kind: 'remote',
      baseUrl: remote.url,
      botId: 'support-bot',
      token: 'remote-token',
    });
    expect(agent.status).toBe(200);

    const keys = ['k-1', 'k-2', 'k-3', 'k-4'];
    for (const key of keys) {
      void call(
        port,
        'POST',
        '/v1/bots/demo/message',
        { message: { text: 'in flight' } },
        { 'Idempotency-Key': key },
      ).catch(() => {});
    }
    while (remote.requests.length < keys.length) await new Promise((resolve) => setTimeout(resolve, 50));
    running?.kill('SIGKILL');
    await new Promise((resolve) => running?.once('exit', resolve));
    hold = false;

    await start(port);
    const before = (await (await call(port, 'GET', '/v1/conversations?limit=100')).json()) as {
      data: unknown[];
    };
    for (const key of keys) {
      const retry = await call(
        port,
        'POST',
        '/v1/bots/demo/message',
        { message: { text: 'in flight' } },
        { 'Idempotency-Key': key },
      );
      expect(retry.status, key).toBe(200);
      await retry.text();
    }
    const after = (await (await call(port, 'GET', '/v1/conversations?limit=100')).json()) as {
      data: unknown[];
    };
    expect(after.data.length).toBe(before.data.length);
  });
});
