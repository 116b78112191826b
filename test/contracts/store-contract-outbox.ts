/** Store contract: the outbox keeps one entry per key and hands out due pending entries in order. */
import type { OutboxEntry, Store } from '@frontdesk/core';
import { describe, expect, it } from 'vitest';
import { seedConversation, T0 } from './store-fixtures.js';

/** An outbox entry of workspace `ws_a`, due at T0. */
export const entry = (overrides: Partial<OutboxEntry> = {}): OutboxEntry => ({
  id: 'out_1',
  workspaceId: 'ws_a',
  kind: 'delivery',
  key: 'msg_1',
  conversationId: 'conv_1',
  payload: '{"text":"hi"}',
  status: 'pending',
  attempts: 0,
  nextAttemptAt: T0,
  error: null,
  createdAt: T0,
  updatedAt: T0,
  ...overrides,
});

export function describeOutboxContract(getStore: () => Store): void {
  describe('outbox', () => {
    it('keeps the first entry for a key and returns it to a second enqueue', async () => {
      const store = getStore();
      await seedConversation(store);
      const first = await store.enqueueOutbox(entry());
      const second = await store.enqueueOutbox(entry({ id: 'out_2', payload: '{"text":"other"}' }));
      expect(second).toEqual(first);
      expect(await store.getOutboxByKey('ws_a', 'msg_1')).toEqual(first);
      expect(await store.getOutboxByKey('ws_a', 'missing')).toBeUndefined();
    });

    it('lists only pending entries that are due, oldest first', async () => {
      const store = getStore();
      await seedConversation(store);
      await store.enqueueOutbox(entry({ id: 'out_late', key: 'late', createdAt: T0 + 2 }));
      await store.enqueueOutbox(entry({ id: 'out_early', key: 'early', createdAt: T0 + 1 }));
      await store.enqueueOutbox(entry({ id: 'out_future', key: 'future', nextAttemptAt: T0 + 1000 }));
      await store.enqueueOutbox(entry({ id: 'out_done', key: 'done', status: 'delivered' }));
      const due = await store.listDueOutbox(T0 + 10, 10);
      expect(due.map((item) => item.id)).toEqual(['out_early', 'out_late']);
      expect(await store.listDueOutbox(T0 + 10, 1)).toHaveLength(1);
    });

    it('records attempts, errors and the final status', async () => {
      const store = getStore();
      await seedConversation(store);
      await store.enqueueOutbox(entry());
      await store.updateOutbox('out_1', {
        attempts: 1,
        nextAttemptAt: T0 + 500,
        error: 'timeout',
        updatedAt: T0 + 1,
      });
      expect(await store.listDueOutbox(T0 + 10, 10)).toEqual([]);
      await store.updateOutbox('out_1', { status: 'delivered', error: null, updatedAt: T0 + 2 });
      expect(await store.getOutboxByKey('ws_a', 'msg_1')).toMatchObject({
        status: 'delivered',
        attempts: 1,
        error: null,
        updatedAt: T0 + 2,
      });
      expect(await store.listDueOutbox(T0 + 1000, 10)).toEqual([]);
    });
  });
}
