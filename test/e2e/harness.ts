// Starts the real server in-process on a free port, with SQLite in a temp folder (or PostgreSQL, see test-database.ts), for HTTP tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type AgentClient,
  type Bot,
  createIdSource,
  type Role,
  type Store,
  systemClock,
} from '@frontdesk/core';
import { startServer } from '@frontdesk/server';
import { createToken, loadSettings } from '@frontdesk/services';
import pino, { type Logger } from 'pino';
import { databaseEnv } from './test-database.js';

export const OWNER_TOKEN = 'fd_test_owner_token_0123456789abcdef';

export interface TestServer {
  url: string;
  dataDir: string;
  /** A second connection to the server's database, to arrange and inspect rows. */
  store: Store;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** A new token in a workspace (created if missing). */
  token(options: { workspaceId?: string; role?: Role }): Promise<string>;
  saveBot(changes: Partial<Bot> & { id: string }): Promise<void>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  env?: Record<string, string>;
  agentFor?: (bot: Bot) => AgentClient;
  /** Where the server logs (silent by default), e.g. to assert on a warning. */
  logger?: Logger;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-e2e-'));
  const settings = {
    ...loadSettings({
      FRONTDESK_DATA_DIR: dataDir,
      ...(await databaseEnv(options.env?.FRONTDESK_DATA_DIR ?? dataDir)),
      FRONTDESK_BOOTSTRAP_TOKEN: OWNER_TOKEN,
      FRONTDESK_RATE_LIMITS: 'off',
      LOG_LEVEL: 'silent',
      ...options.env,
    }),
    port: 0,
  };
  const server = await startServer(settings, {
    handleSignals: false,
    logger: options.logger ?? pino({ level: 'silent' }),
    ...(options.agentFor ? { agentFor: options.agentFor } : {}),
  });
  // The server's own store: one SQLite connection, so a test's writes never wait on the server's.
  const store = server.runtime.store;
  const ids = createIdSource();
  const demo = await store.getBot('ws_default', 'demo');

  return {
    url: server.url,
    dataDir,
    store,
    post: (path, body, headers = {}) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${OWNER_TOKEN}`, 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    async token({ workspaceId = 'ws_default', role = 'owner' }) {
      if (!(await store.getWorkspace(workspaceId))) {
        await store.createWorkspace({ id: workspaceId, name: workspaceId, createdAt: Date.now() });
      }
      const created = await createToken(
        store,
        { workspaceId, name: `test ${role}`, role },
        { clock: systemClock, ids },
      );
      return created.token;
    },
    async saveBot(changes) {
      if (!demo) throw new Error('The demo bot is missing.');
      await store.saveBot({ ...demo, ...changes, settings: { ...demo.settings, ...changes.settings } });
    },
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Parses an SSE body into `{ event, data }` frames. */
export async function readSse(response: Response): Promise<{ event: string; data: unknown }[]> {
  const text = await response.text();
  return text
    .split('\n\n')
    .filter((frame) => frame.trim() && !frame.startsWith(':'))
    .map((frame) => {
      const event = /^event: (.*)$/m.exec(frame)?.[1] ?? 'message';
      const data = JSON.parse(/^data: (.*)$/m.exec(frame)?.[1] ?? 'null');
      return { event, data };
    });
}
