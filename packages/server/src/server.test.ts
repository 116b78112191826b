import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AgentClient } from '@frontdesk/core';
import { createLogger } from '@frontdesk/services/logger';
import { loadSettings } from '@frontdesk/services/settings/config';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer } from './server.js';

const TOKEN = 'test-owner-token-0123456789abcdef';

/** Answers after `delayMs`, to have a request in flight while the server stops. */
function slowAgent(delayMs: number): AgentClient {
  return {
    async *send() {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      yield { type: 'text-delta', text: 'Finished.' };
      yield { type: 'finish', noAnswer: false };
    },
  };
}

describe('startServer', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-server-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  function settings() {
    return {
      ...loadSettings({
        FRONTDESK_DATA_DIR: dataDir,
        FRONTDESK_BOOTSTRAP_TOKEN: TOKEN,
        FRONTDESK_RATE_LIMITS: 'off',
      }),
      port: 0,
    };
  }

  it('listens on the port the system picked and links to it', async () => {
    const server = await startServer(settings(), {
      handleSignals: false,
      logger: createLogger({ level: 'silent' }),
    });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      const home = await (await fetch(`${server.url}/`)).text();
      expect(home).toContain(`curl ${server.url}/v1/bots/demo/message`);
      const kb = await (await fetch(`${server.url}/kb`)).text();
      expect(kb).toContain('/kb/reset-your-password');
    } finally {
      await server.close();
    }
  });

  it('lets a request in flight finish when closing, then refuses new connections', async () => {
    const server = await startServer(settings(), {
      handleSignals: false,
      logger: createLogger({ level: 'silent' }),
      agentFor: () => slowAgent(300),
    });
    const inFlight = fetch(`${server.url}/v1/bots/demo/message`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ message: { text: 'hello' } }),
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closed = server.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { answers: string } }).data.answers).toBe('Finished.');
    await closed;
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });
});
