/**
 * Store contract: two instances on one database (a second store from `openPeer`; the same store
 * where there can be no second) racing for what must happen once: a marker, a ticket with its
 * outbox intent, a conversation, and the debounce buffer of one thread.
 */
import type { OutboxEntry, Store } from '@frontdesk/core';
import { describe, expect, it } from 'vitest';
import type { OpenPeer } from './store-contract-outbox-leases.js';
import { makeConversation, makeTicket, seedConversation, T0 } from './store-fixtures.js';

async function withPeer<T>(store: Store, openPeer: OpenPeer, use: (peer: Store) => Promise<T>): Promise<T> {
  const peer = await openPeer(store);
  try {
    return await use(peer);
  } finally {
    if (peer !== store) await peer.close();
  }
}

const intent = (id: string, ticketId: string): OutboxEntry => ({
  id,
  workspaceId: 'ws_a',
  kind: 'ticket',
  key: 'ticket:conv_1:human-request',
  conversationId: 'conv_1',
  payload: JSON.stringify({ ticketId }),
  status: 'pending',
  attempts: 0,
  nextAttemptAt: T0,
  error: null,
  createdAt: T0,
  updatedAt: T0,
});

export function describeInstanceContract(getStore: () => Store, openPeer: OpenPeer): void {
  describe('two instances on one database', () => {
    it('let exactly one claim of a marker win, also when taking over an expired one', async () => {
      const store = getStore();
      const marker = (value: string, expiresAt: number) => ({ key: 'slack:Ev1', value, expiresAt });
      const won = await withPeer(store, openPeer, async (peer) => {
        const first = [store, peer, store, peer].map((claimer, index) =>
          claimer.claimMarker(marker(`first-${index}`, T0 + 100), T0),
        );
        const firstWins = (await Promise.all(first)).filter(Boolean).length;
        const again = [peer, store, peer, store].map((claimer, index) =>
          claimer.claimMarker(marker(`again-${index}`, T0 + 500), T0 + 100),
        );
        return [firstWins, (await Promise.all(again)).filter(Boolean).length];
      });
      expect(won).toEqual([1, 1]);
      expect((await store.getMarker('slack:Ev1', T0 + 200))?.value).toMatch(/^again-/);
    });

    it('create one ticket and one outbox intent for one idempotency key', async () => {
      const store = getStore();
      await seedConversation(store);
      const results = await withPeer(store, openPeer, (peer) =>
        Promise.all(
          [store, peer, store, peer].map((instance, index) =>
            instance.insertTicketWithIntent(makeTicket({ id: `tkt_${index}` }), (stored) =>
              intent(`out_${index}`, stored.id),
            ),
          ),
        ),
      );
      const ticketIds = new Set(results.map((result) => result.ticket.id));
      const entryIds = new Set(results.map((result) => result.entry.id));
      expect([ticketIds.size, entryIds.size]).toEqual([1, 1]);
      const [ticketId] = ticketIds;
      expect(JSON.parse(results[0]?.entry.payload ?? '{}')).toEqual({ ticketId });
      const { total } = await store.listTickets('ws_a', {
        sort: 'createdAt',
        order: 'asc',
        limit: 10,
        offset: 0,
      });
      expect(total).toBe(1);
    });

    it('agree on one conversation for one channel key', async () => {
      const store = getStore();
      await seedConversation(store);
      const conversations = await withPeer(store, openPeer, (peer) =>
        Promise.all(
          [store, peer, store, peer].map((instance, index) =>
            instance.createConversation(
              makeConversation({ id: `conv_race_${index}`, channelKey: 'slack:T1:C9' }),
            ),
          ),
        ),
      );
      expect(new Set(conversations.map((conversation) => conversation.id)).size).toBe(1);
    });

    it('keep every buffered message and hand the buffer to one taker only', async () => {
      const store = getStore();
      const key = 'ws_a:demo:thread';
      const ids = Array.from({ length: 16 }, (_, index) => `p_${index}`);
      const taken = await withPeer(store, openPeer, async (peer) => {
        await Promise.all(
          ids.map((id, index) =>
            (index % 2 ? peer : store).addPendingMessage({ key, id, text: id, createdAt: T0 + index }),
          ),
        );
        // The caller of the last message takes the buffer; both instances may ask at once.
        await peer.addPendingMessage({ key, id: 'p_last', text: 'last', createdAt: T0 + 9 });
        return Promise.all(
          [store, peer, store, peer].map((instance) => instance.takePendingMessages(key, 'p_last')),
        );
      });
      const winners = taken.filter((result) => result !== undefined);
      expect(winners).toHaveLength(1);
      expect(winners[0]?.map((message) => message.id).sort()).toEqual([...ids, 'p_last'].sort());
      expect(winners[0]?.at(-1)?.id).toBe('p_last');
    });
  });
}
