import { serve } from '@hono/node-server';
import pino from 'pino';
import {
  botSettingsSchema,
  createCore,
  createIdSource,
  createMemoryStore,
  systemClock,
} from '/work/main/packages/core/dist/index.js';
import {
  createApp,
  createMemoryRateLimiter,
  createToken,
  loadSettings,
} from '/work/main/packages/server/dist/index.js';
import { createBuiltinTicketSink } from '/work/main/packages/tickets/dist/index.js';

const store = createMemoryStore();
const clock = systemClock;
const ids = createIdSource();
await store.createWorkspace({ id: 'ws_default', name: 'D', createdAt: 0 });
await store.saveBot({
  id: 'demo',
  workspaceId: 'ws_default',
  name: 'd',
  enabled: true,
  agent: { kind: 'embedded', knowledgeDir: 'x' },
  settings: botSettingsSchema.parse({}),
  createdAt: 0,
  updatedAt: 0,
});
await createToken(
  store,
  { workspaceId: 'ws_default', name: 'o', role: 'owner', value: 'fd_bench_token_0123456789abcdefghij' },
  { clock, ids },
);
const agent = {
  async *send() {
    yield { type: 'text-delta', text: 'hi' };
    yield { type: 'finish', noAnswer: false };
  },
};
const rateLimiter = createMemoryRateLimiter();
const core = createCore({
  store,
  agentFor: () => agent,
  ticketSinkFor: () => createBuiltinTicketSink({ store, clock, ids, ticketUrl: (i) => i }),
  rateLimiter,
  defaultRateLimits: [],
  clock,
  ids,
});
const app = createApp({
  settings: loadSettings({ LOG_LEVEL: 'warn' }),
  store,
  core,
  logger: pino({ level: 'warn' }),
  clock,
  ids,
  rateLimiter,
  knowledge: { articles: () => [] },
});
serve({ fetch: app.fetch, port: 41999, hostname: '127.0.0.1' });
process.on('SIGINT', () => process.exit(0));
