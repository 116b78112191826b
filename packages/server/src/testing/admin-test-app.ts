/** Test helper: the production app (same runtime, same wiring) over an in-memory store, with tokens for any workspace and role. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AgentClient, Role, Store } from '@frontdesk/core';
import { createMemoryStore } from '@frontdesk/core/testing';
import { createToken } from '@frontdesk/services/accounts/tokens';
import { createLogger } from '@frontdesk/services/logger';
import { createMemoryRateLimiter } from '@frontdesk/services/rate-limiter';
import { createRuntime, type Runtime } from '@frontdesk/services/runtime/runtime';
import { loadSettings } from '@frontdesk/services/settings/config';
import type { createApp } from '../app.js';
import { type ComposeOptions, composeApp } from '../compose.js';

const echoAgent: AgentClient = {
  async *send(request) {
    yield { type: 'text-delta', text: `You said: ${request.text}` };
    yield { type: 'finish', noAnswer: false };
  },
};

export interface AdminTestApp {
  app: ReturnType<typeof createApp>;
  store: Store;
  runtime: Runtime;
  /** A token of `role` in `workspaceId` (the workspace is created when missing). */
  token(workspaceId: string, role: Role): Promise<string>;
  /** Calls the app with a bearer token and an optional JSON body. */
  call(token: string, method: string, path: string, body?: unknown): Promise<Response>;
}

/** Builds the app the way the server does, minus the network; `channels` put fake Slack or Teams handlers in. */
export async function adminTestApp(channels: ComposeOptions = {}): Promise<AdminTestApp> {
  // Knowledge folders a test creates land in a temporary data dir, never in ./data.
  const settings = loadSettings({
    FRONTDESK_DATA_DIR: mkdtempSync(join(tmpdir(), 'frontdesk-admin-test-')),
    FRONTDESK_KNOWLEDGE_DIR: '/unused',
    FRONTDESK_RATE_LIMITS: 'off',
  });
  const runtime = await createRuntime(settings, {
    store: createMemoryStore(),
    logger: createLogger({ level: 'silent' }),
    rateLimiter: createMemoryRateLimiter(),
    secretKey: randomBytes(32),
    agentFor: () => echoAgent,
    ticketSinkFor: () => ({
      name: 'none',
      create: () => Promise.reject(new Error('no tickets in these tests')),
      status: (ticket) => Promise.resolve(ticket),
    }),
    knowledge: { articles: () => [] },
    print: () => {},
  });
  const { app } = composeApp(runtime, channels);
  const { store, clock, ids } = runtime;
  return {
    app,
    store,
    runtime,
    async token(workspaceId, role) {
      if (!(await store.getWorkspace(workspaceId))) {
        await store.createWorkspace({ id: workspaceId, name: workspaceId, createdAt: clock.now() });
      }
      return (await createToken(store, { workspaceId, name: `${role} test`, role }, { clock, ids })).token;
    },
    call(token, method, path, body) {
      return Promise.resolve(
        app.request(path, {
          method,
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        }),
      );
    },
  };
}
