/** Test helper: the whole app over an in-memory store, with tokens for any workspace and role. */
import { randomBytes } from 'node:crypto';
import {
  type AgentClient,
  createCore,
  createIdSource,
  createMemoryStore,
  type Role,
  type Store,
} from '@frontdesk/core';
import { bootstrap } from '@frontdesk/services/accounts/bootstrap';
import { createToken } from '@frontdesk/services/accounts/tokens';
import { createLogger } from '@frontdesk/services/logger';
import { createMemoryRateLimiter } from '@frontdesk/services/rate-limiter';
import { createSecretBox } from '@frontdesk/services/secrets/secret-box';
import { loadSettings } from '@frontdesk/services/settings/config';
import { createApp } from '../app.js';
import type { AppDependencies } from '../app-dependencies.js';

const echoAgent: AgentClient = {
  async *send(request) {
    yield { type: 'text-delta', text: `You said: ${request.text}` };
    yield { type: 'finish', noAnswer: false };
  },
};

export interface AdminTestApp {
  app: ReturnType<typeof createApp>;
  store: Store;
  /** A token of `role` in `workspaceId` (the workspace is created when missing). */
  token(workspaceId: string, role: Role): Promise<string>;
  /** Calls the app with a bearer token and an optional JSON body. */
  call(token: string, method: string, path: string, body?: unknown): Promise<Response>;
}

/** Builds the app the way the server does, minus the network; `overrides` add optional parts (Slack, Teams). */
export async function adminTestApp(overrides: Partial<AppDependencies> = {}): Promise<AdminTestApp> {
  const settings = loadSettings({ FRONTDESK_KNOWLEDGE_DIR: '/unused', FRONTDESK_RATE_LIMITS: 'off' });
  const store = createMemoryStore();
  const clock = { now: () => Date.now() };
  const ids = createIdSource();
  const rateLimiter = createMemoryRateLimiter();
  await bootstrap({ store, settings, clock, ids, print: () => {} });
  const core = createCore({
    store,
    agentFor: () => echoAgent,
    ticketSinkFor: () => ({
      name: 'none',
      create: () => Promise.reject(new Error('no tickets in these tests')),
      status: (ticket) => Promise.resolve(ticket),
    }),
    rateLimiter,
    defaultRateLimits: settings.rateLimits,
    clock,
    ids,
  });
  const deps: AppDependencies = {
    settings,
    store,
    core,
    logger: createLogger({ level: 'silent' }),
    clock,
    ids,
    rateLimiter,
    secretKey: randomBytes(32),
    secrets: createSecretBox(randomBytes(32)),
    knowledge: { articles: () => [] },
    knowledgeFolder: () => ({ dir: '/nonexistent', articles: () => [], reindex: async () => {} }),
    ...overrides,
  };
  const app = createApp(deps);
  return {
    app,
    store,
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
