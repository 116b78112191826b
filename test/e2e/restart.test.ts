// The built `frontdesk start` as a real process: first-start token, SIGTERM, restart, same conversation.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { type CliProcess, freePort, spawnCli, startCli } from './process.js';
import { onPostgres } from './test-database.js';

const dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-restart-'));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function start(port: number): Promise<CliProcess> {
  return startCli({ PORT: String(port), FRONTDESK_DATA_DIR: dataDir, LOG_LEVEL: 'info' });
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

// Each of the first two tests starts the server twice (up to 15 s each on a loaded machine).
describe('frontdesk start', () => {
  it('prints a token once, stops cleanly on SIGTERM, and continues the conversation after a restart', async () => {
    const port = await freePort();
    const first = await start(port);
    // stdout is not a terminal here: the token goes to a 0600 file, never into the log stream.
    expect(first.output()).not.toMatch(/\bfd_[A-Za-z0-9_-]{40,}/);
    const tokenFile = join(dataDir, 'owner-token.txt');
    expect(statSync(tokenFile).mode & 0o777).toBe(0o600);
    const token = /\b(fd_[A-Za-z0-9_-]{40,})/.exec(readFileSync(tokenFile, 'utf8'))?.[1];
    expect(token).toBeDefined();
    // Without a terminal there is no first-start box; the banner says where to chat and where to answer.
    const base = `http://127.0.0.1:${port}`;
    await vi.waitFor(() => expect(first.output()).toContain(`Demo page (chat with the demo bot):  ${base}/`));
    expect(first.output()).toContain(`Staff console:                       ${base}/console`);
    const opening = await ask(port, token as string, 'How do I reset my password?');

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    // SQLite: the clean stop checkpoints the write-ahead log into the database file.
    if (!onPostgres) expect(existsSync(join(dataDir, 'frontdesk.db-wal'))).toBe(false);

    const second = await start(port);
    expect(second.output()).not.toContain(token as string);
    await vi.waitFor(() =>
      expect(second.output()).toContain(`Demo page (chat with the demo bot):  ${base}/`),
    );
    const followUp = await ask(port, token as string, 'what about on Android?', opening.conversationId);
    expect(followUp.conversationId).toBe(opening.conversationId);
    expect(followUp.sources[0]?.url).toContain('/kb/reset-your-password');
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 60_000);

  it('keeps the request log rows of answered requests after kill -9 (written within 200 ms)', async () => {
    const port = await freePort();
    const killDir = mkdtempSync(join(tmpdir(), 'frontdesk-kill-'));
    const env = {
      PORT: String(port),
      FRONTDESK_DATA_DIR: killDir,
      FRONTDESK_BOOTSTRAP_TOKEN: 'kill-test-owner-token-0123456789',
      FRONTDESK_RATE_LIMITS: 'off',
    };
    const token = env.FRONTDESK_BOOTSTRAP_TOKEN;
    const first = await startCli(env);
    const answered = 20;
    for (let index = 0; index < answered; index++) await ask(port, token, `question ${index}`);
    // Rows are written within 200 ms of their request (FLUSH_SOON_MS), not in one-second batches.
    await new Promise((resolve) => setTimeout(resolve, 400));
    first.child.kill('SIGKILL');
    await first.exited;

    const second = await startCli(env);
    try {
      const logs = await fetch(`http://127.0.0.1:${port}/v1/logs?limit=100`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      const rows = ((await logs.json()) as { data: { route: string }[] }).data;
      expect(rows.filter((row) => row.route === '/v1/bots/:botId/message')).toHaveLength(answered);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
      rmSync(killDir, { recursive: true, force: true });
    }
  }, 60_000);

  it('refuses to start on a bad setting with one line naming the variable', async () => {
    const child = spawnCli({ PORT: 'abc', FRONTDESK_DATA_DIR: dataDir });
    const code = await child.exited;
    expect(code).toBe(1);
    const output = child.output();
    expect(output.trim().split('\n')).toHaveLength(1);
    expect(output).toContain('PORT');
  });
});
