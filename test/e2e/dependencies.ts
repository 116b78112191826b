// Builds the HTTP app's dependencies around a given store, for in-process tests of createApp.
import { createCore, createIdSource, type Store, systemClock } from '@frontdesk/core';
import type { AppDependencies } from '@frontdesk/server';
import { createMemoryRateLimiter, createToken, loadSettings } from '@frontdesk/services';
import { createBuiltinTicketSink } from '@frontdesk/tickets';
import pino from 'pino';
import { OWNER_TOKEN } from './harness.js';

export async function buildTestDependencies(store: Store): Promise<AppDependencies> {
  const clock = systemClock;
  const ids = createIdSource(clock);
  await store.createWorkspace({ id: 'ws_default', name: 'Default', createdAt: 0 });
  await createToken(
    store,
    { workspaceId: 'ws_default', name: 'owner', role: 'owner', value: OWNER_TOKEN },
    { clock, ids },
  );
  const settings = loadSettings({ LOG_LEVEL: 'silent' });
  const rateLimiter = createMemoryRateLimiter();
  const core = createCore({
    store,
    agentFor: () => {
      throw new Error('no agent in this test');
    },
    ticketSinkFor: () => createBuiltinTicketSink({ store, clock, ids, ticketUrl: (id) => id }),
    rateLimiter,
    defaultRateLimits: [],
    clock,
    ids,
  });
  return {
    settings,
    store,
    core,
    logger: pino({ level: 'silent' }),
    clock,
    ids,
    rateLimiter,
    knowledge: { articles: () => [] },
  };
}
