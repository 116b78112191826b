import { createMemoryStore } from '@frontdesk/core/testing';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../settings/config.js';
import { createOps } from './ops.js';

describe('createOps metrics', () => {
  it('reports how long the oldest due outbox entry has waited', async () => {
    const store = createMemoryStore();
    const now = 1_000_000;
    const entry = (id: string, createdAt: number, nextAttemptAt: number) => ({
      id,
      workspaceId: 'ws_1',
      kind: 'delivery' as const,
      key: id,
      conversationId: 'conv_1',
      payload: '{}',
      status: 'pending' as const,
      attempts: 1,
      nextAttemptAt,
      error: null,
      createdAt,
      updatedAt: createdAt,
    });
    const ops = createOps({
      settings: loadSettings({ FRONTDESK_DATA_DIR: '/tmp/frontdesk-ops-test', LOG_LEVEL: 'silent' }),
      store,
      redis: undefined,
      now: () => now,
      ownDatabase: false,
    });
    const lag = async () => {
      const { body } = await ops.metrics.render();
      return Number(/^frontdesk_outbox_lag_seconds (\S+)$/m.exec(body)?.[1]);
    };
    expect(await lag()).toBe(0);
    await store.enqueueOutbox(entry('out_1', now - 12_000, now - 1_000));
    // Not due yet (a retry later): it does not count as lag.
    await store.enqueueOutbox(entry('out_2', now - 60_000, now + 5_000));
    expect(await lag()).toBe(12);
    await ops.close();
  });
});
