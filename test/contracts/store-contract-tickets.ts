/** Store contract, part three: tickets, one per idempotency key and workspace. */
import type { Store } from '@frontdesk/core';
import { describe, expect, it } from 'vitest';
import { makeTicket, seedConversation, T0 } from './store-fixtures.js';

export function describeTicketContract(getStore: () => Store): void {
  describe('tickets', () => {
    it('stores a new ticket and returns it', async () => {
      const store = getStore();
      await seedConversation(store);
      const ticket = makeTicket();
      expect(await store.insertTicket(ticket)).toEqual(ticket);
      expect(await store.getTicket('tkt_1')).toEqual(ticket);
      expect(await store.findTicketByIdempotencyKey('ws_a', ticket.idempotencyKey)).toEqual(ticket);
      expect(await store.getTicket('tkt_unknown')).toBeUndefined();
    });

    it('stores a ticket and its outbox intent together, or neither', async () => {
      const store = getStore();
      await seedConversation(store);
      const intent = (ticketId: string) => ({
        id: `out_${ticketId}`,
        workspaceId: 'ws_a',
        kind: 'ticket' as const,
        key: `ticket:${ticketId}`,
        conversationId: makeTicket().conversationId,
        payload: JSON.stringify({ ticketId }),
        status: 'pending' as const,
        attempts: 0,
        nextAttemptAt: T0,
        error: null,
        createdAt: T0,
        updatedAt: T0,
      });
      const { ticket, entry } = await store.insertTicketWithIntent(makeTicket(), (stored) =>
        intent(stored.id),
      );
      expect(ticket.id).toBe('tkt_1');
      expect(entry.payload).toContain('tkt_1');
      expect(await store.getOutboxByKey('ws_a', 'ticket:tkt_1')).toBeDefined();

      await expect(
        store.insertTicketWithIntent(makeTicket({ id: 'tkt_9', idempotencyKey: 'other-key' }), () => {
          throw new Error('the intent could not be written');
        }),
      ).rejects.toThrow(/intent/);
      expect(await store.getTicket('tkt_9')).toBeUndefined();
    });

    it('returns the first ticket when the idempotency key is used again, and keeps one', async () => {
      const store = getStore();
      await seedConversation(store);
      const first = makeTicket();
      await store.insertTicket(first);
      const again = await store.insertTicket(makeTicket({ id: 'tkt_2', summary: 'Second try' }));
      expect(again).toEqual(first);
      expect(await store.getTicket('tkt_2')).toBeUndefined();
    });

    it('lets concurrent inserts with one key agree on a single ticket', async () => {
      const store = getStore();
      await seedConversation(store);
      const attempts = ['tkt_1', 'tkt_2', 'tkt_3'].map((id) => store.insertTicket(makeTicket({ id })));
      const results = await Promise.all(attempts);
      const ids = new Set(results.map((ticket) => ticket.id));
      expect(ids.size).toBe(1);
      const stored = ['tkt_1', 'tkt_2', 'tkt_3'].map((id) => store.getTicket(id));
      expect((await Promise.all(stored)).filter(Boolean)).toHaveLength(1);
    });

    it('treats the same key in another workspace as another ticket', async () => {
      const store = getStore();
      await seedConversation(store, 'ws_a', 'conv_1');
      await seedConversation(store, 'ws_b', 'conv_b');
      const key = 'shared-key';
      await store.insertTicket(makeTicket({ id: 'tkt_a', idempotencyKey: key }));
      const other = makeTicket({
        id: 'tkt_b',
        workspaceId: 'ws_b',
        conversationId: 'conv_b',
        idempotencyKey: key,
      });
      expect(await store.insertTicket(other)).toEqual(other);
      expect((await store.findTicketByIdempotencyKey('ws_a', key))?.id).toBe('tkt_a');
      expect((await store.findTicketByIdempotencyKey('ws_b', key))?.id).toBe('tkt_b');
      expect(await store.findTicketByIdempotencyKey('ws_c', key)).toBeUndefined();
    });

    it('updates only the given fields and updatedAt', async () => {
      const store = getStore();
      await seedConversation(store);
      await store.insertTicket(makeTicket());
      await store.updateTicket('tkt_1', { status: 'resolved', updatedAt: T0 + 60 });
      expect(await store.getTicket('tkt_1')).toEqual(makeTicket({ status: 'resolved', updatedAt: T0 + 60 }));
      const remote = { url: 'https://jira.example.com/browse/SUP-1', externalId: 'SUP-1', priority: 'high' };
      await store.updateTicket('tkt_1', { ...remote, updatedAt: T0 + 70 });
      expect(await store.getTicket('tkt_1')).toEqual(
        makeTicket({ ...remote, status: 'resolved', updatedAt: T0 + 70 }),
      );
    });

    it('finds a ticket by the id its remote system gave it, within the workspace and sink', async () => {
      const store = getStore();
      await seedConversation(store);
      await seedConversation(store, 'ws_b', 'conv_b');
      const jira = makeTicket({ sink: 'jira', externalId: 'SUP-1' });
      await store.insertTicket(jira);
      await store.insertTicket(
        makeTicket({
          id: 'tkt_b',
          workspaceId: 'ws_b',
          conversationId: 'conv_b',
          sink: 'jira',
          externalId: 'SUP-1',
        }),
      );
      expect(await store.findTicketByExternalId('ws_a', 'jira', 'SUP-1')).toEqual(jira);
      expect((await store.findTicketByExternalId('ws_b', 'jira', 'SUP-1'))?.id).toBe('tkt_b');
      expect(await store.findTicketByExternalId('ws_a', 'servicenow', 'SUP-1')).toBeUndefined();
      expect(await store.findTicketByExternalId('ws_a', 'jira', 'SUP-2')).toBeUndefined();
    });

    it('ignores an update of an unknown ticket', async () => {
      const store = getStore();
      await expect(
        store.updateTicket('tkt_unknown', { status: 'closed', updatedAt: T0 }),
      ).resolves.toBeUndefined();
    });

    it('refuses a ticket whose conversation does not exist', async () => {
      const store = getStore();
      await seedConversation(store);
      await expect(store.insertTicket(makeTicket({ conversationId: 'conv_missing' }))).rejects.toThrow();
    });
  });
}
