/**
 * Store contract: outbox work is claimed under a lease. Two claimers (two instances on one
 * database, where the implementation can open a second) never take one entry while its lease
 * runs, and an entry whose claimer died is handed out again once the lease ends.
 */
import type { Store } from '@frontdesk/core';
import { describe, expect, it } from 'vitest';
import { entry } from './store-contract-outbox.js';
import { seedConversation, T0 } from './store-fixtures.js';

/** A second store on the same database (another instance), or the same store when there is none. */
export type OpenPeer = (store: Store) => Promise<Store>;

const LEASE = 60_000;

async function withPeer<T>(store: Store, openPeer: OpenPeer, use: (peer: Store) => Promise<T>): Promise<T> {
  const peer = await openPeer(store);
  try {
    return await use(peer);
  } finally {
    if (peer !== store) await peer.close();
  }
}

/** Claims in small batches until nothing is due; returns the ids it got. */
async function drain(store: Store, now: number): Promise<string[]> {
  const taken: string[] = [];
  for (;;) {
    const batch = await store.claimDueOutbox({ now, leaseMs: LEASE, limit: 3 });
    if (batch.length === 0) return taken;
    taken.push(...batch.map((item) => item.id));
  }
}

export function describeOutboxLeaseContract(getStore: () => Store, openPeer: OpenPeer): void {
  describe('outbox leases', () => {
    it('claims due pending entries oldest first, up to the limit, of one kind when asked', async () => {
      const store = getStore();
      await seedConversation(store);
      await store.enqueueOutbox(entry({ id: 'out_late', key: 'late', createdAt: T0 + 2 }));
      await store.enqueueOutbox(entry({ id: 'out_early', key: 'early', createdAt: T0 + 1 }));
      await store.enqueueOutbox(entry({ id: 'out_ticket', key: 'ticket', kind: 'ticket' }));
      await store.enqueueOutbox(entry({ id: 'out_future', key: 'future', nextAttemptAt: T0 + 1000 }));
      await store.enqueueOutbox(entry({ id: 'out_done', key: 'done', status: 'delivered' }));

      const claimed = await store.claimDueOutbox({
        now: T0 + 10,
        leaseMs: LEASE,
        limit: 10,
        kind: 'delivery',
      });
      expect(claimed.map((item) => item.id)).toEqual(['out_early', 'out_late']);
      expect(claimed[0]).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: T0 + 10 + LEASE });
      const one = await store.claimDueOutbox({ now: T0 + 10, leaseMs: LEASE, limit: 1 });
      expect(one.map((item) => item.id)).toEqual(['out_ticket']);
    });

    it('claims no more than the limit when more are due (the rest stay due for other claimers)', async () => {
      const store = getStore();
      await seedConversation(store);
      for (let index = 0; index < 5; index++) {
        await store.enqueueOutbox(entry({ id: `out_${index}`, key: `k${index}`, createdAt: T0 + index }));
      }
      const first = await store.claimDueOutbox({ now: T0 + 10, leaseMs: LEASE, limit: 1 });
      expect(first.map((item) => item.id)).toEqual(['out_0']);
      const next = await store.claimDueOutbox({ now: T0 + 10, leaseMs: LEASE, limit: 2 });
      expect(next.map((item) => item.id)).toEqual(['out_1', 'out_2']);
      expect((await store.listDueOutbox(T0 + 10, 10)).map((item) => item.id)).toEqual(['out_3', 'out_4']);
    });

    it('hides a claimed entry until its lease ends, then hands it to the next claimer', async () => {
      const store = getStore();
      await seedConversation(store);
      await store.enqueueOutbox(entry());
      expect(await store.claimDueOutbox({ now: T0, leaseMs: 1000, limit: 5 })).toHaveLength(1);
      // The claimer dies here, never reporting back; another instance looks for work.
      const retaken = await withPeer(store, openPeer, async (peer) => {
        expect(await peer.claimDueOutbox({ now: T0 + 999, leaseMs: 1000, limit: 5 })).toEqual([]);
        expect(await peer.claimOutbox('out_1', T0 + 999, 1000)).toBeUndefined();
        expect(await peer.listDueOutbox(T0 + 999, 5)).toEqual([]);
        return peer.claimDueOutbox({ now: T0 + 1000, leaseMs: 1000, limit: 5 });
      });
      expect(retaken.map((item) => [item.id, item.attempts, item.nextAttemptAt])).toEqual([
        ['out_1', 0, T0 + 2000],
      ]);
    });

    it('never claims a finished entry, and a failed attempt is due at its retry time', async () => {
      const store = getStore();
      await seedConversation(store);
      await store.enqueueOutbox(entry());
      await store.enqueueOutbox(entry({ id: 'out_2', key: 'msg_2' }));
      await store.claimDueOutbox({ now: T0, leaseMs: LEASE, limit: 5 });
      await store.updateOutbox('out_1', { status: 'delivered', attempts: 1, updatedAt: T0 + 1 });
      await store.updateOutbox('out_2', {
        attempts: 1,
        nextAttemptAt: T0 + 500,
        error: 'timeout',
        updatedAt: T0 + 1,
      });
      const again = await store.claimDueOutbox({ now: T0 + 500, leaseMs: LEASE, limit: 5 });
      expect(again.map((item) => [item.id, item.attempts, item.error])).toEqual([['out_2', 1, 'timeout']]);
      expect(await store.claimOutbox('out_1', T0 + 10 * LEASE, LEASE)).toBeUndefined();
      expect(await store.claimOutbox('missing', T0, LEASE)).toBeUndefined();
    });

    it('gives one entry to exactly one of several concurrent claimers', async () => {
      const store = getStore();
      await seedConversation(store);
      await store.enqueueOutbox(entry());
      const won = await withPeer(store, openPeer, (peer) =>
        Promise.all([store, peer, store, peer].map((claimer) => claimer.claimOutbox('out_1', T0, LEASE))),
      );
      expect(won.filter(Boolean)).toHaveLength(1);
    });

    it('never hands one entry to two concurrent claimers, and together they take all', async () => {
      const store = getStore();
      await seedConversation(store);
      const ids = Array.from({ length: 40 }, (_, index) => `out_${String(index).padStart(2, '0')}`);
      for (const [index, id] of ids.entries())
        await store.enqueueOutbox(entry({ id, key: `msg_${id}`, createdAt: T0 - 100 + index }));
      const taken = await withPeer(store, openPeer, async (peer) => {
        const claimers = [store, peer, store, peer, store, peer].map((claimer) => drain(claimer, T0 + 10));
        return (await Promise.all(claimers)).flat();
      });
      expect(taken).toHaveLength(ids.length);
      expect(new Set(taken).size).toBe(ids.length);
      expect([...taken].sort()).toEqual(ids);
    });
  });
}
