// The built `frontdesk start` as a real process: first-start token, SIGTERM, restart, same conversation.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../../packages/server/dist/cli.js', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-restart-'));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

async function start(port: number): Promise<Running> {
  const child = spawn(process.execPath, [cli, 'start'], {
    env: { ...process.env, PORT: String(port), FRONTDESK_DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 15_000;
  while (!output.includes('listening')) {
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`The server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { child, output: () => output, exited };
}

async function ask(port: number, token: string, text: string, conversationId?: string) {
  const response = await fetch(`http://127.0.0.1:${port}/v1/bots/demo/message`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({ message: { text, ...(conversationId ? { conversationId } : {}) } }),
  });
  expect(response.status).toBe(200);
  return (
    (await response.json()) as {
      data: { conversationId: string; answers: string; sources: { url: string }[] };
    }
  ).data;
}

describe('frontdesk start', () => {
  it('prints a token once, stops cleanly on SIGTERM, and continues the conversation after a restart', async () => {
    const port = await freePort();
    const first = await start(port);
    const token = /\b(fd_[A-Za-z0-9_-]{40,})/.exec(first.output())?.[1];
    expect(token).toBeDefined();
    const opening = await ask(port, token as string, 'How do I reset my password?');

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(existsSync(join(dataDir, 'frontdesk.db-wal'))).toBe(false);

    const second = await start(port);
    expect(second.output()).not.toContain(token as string);
    const followUp = await ask(port, token as string, 'what about on Android?', opening.conversationId);
    expect(followUp.conversationId).toBe(opening.conversationId);
    expect(followUp.sources[0]?.url).toContain('/kb/reset-your-password');
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  it('refuses to start on a bad setting with one line naming the variable', async () => {
    const child = spawn(process.execPath, [cli, 'start'], {
      env: { ...process.env, PORT: 'abc', FRONTDESK_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(output.trim().split('\n')).toHaveLength(1);
    expect(output).toContain('PORT');
  });
});
