/** Store contract: the console's ticket and conversation lists (filters, sorting, paging) and CSAT answers. */
import type { Store, TicketQuery } from '@frontdesk/core';
import { describe, expect, it } from 'vitest';
import { makeConversation, makeTicket, seedConversation, T0 } from './store-fixtures.js';

const query = (overrides: Partial<TicketQuery> = {}): TicketQuery => ({
  sort: 'createdAt',
  order: 'desc',
  limit: 50,
  offset: 0,
  ...overrides,
});

/** Two conversations (api and web) with three tickets of different status and priority. */
async function seedTickets(store: Store): Promise<void> {
  await seedConversation(store);
  await store.createConversation(
    makeConversation({ id: 'conv_2', channel: 'web', channelKey: 'web:v1:1', updatedAt: T0 + 5 }),
  );
  await store.insertTicket(makeTicket({ id: 'tkt_a', summary: 'Invoice is 50% wrong', createdAt: T0 + 1 }));
  await store.insertTicket(
    makeTicket({ id: 'tkt_b', idempotencyKey: 'conv_1:no-answer', status: 'resolved', createdAt: T0 + 2 }),
  );
  await store.insertTicket(
    makeTicket({
      id: 'tkt_c',
      conversationId: 'conv_2',
      idempotencyKey: 'conv_2:human-request',
      priority: 'high',
      createdAt: T0 + 3,
      updatedAt: T0 + 3,
    }),
  );
}

const ids = (result: { tickets: { id: string }[] }) => result.tickets.map((ticket) => ticket.id);

export function describeDeskContract(getStore: () => Store): void {
  describe('console lists', () => {
    it('filters tickets by status, channel, bot, priority and text', async () => {
      const store = getStore();
      await seedTickets(store);
      expect(ids(await store.listTickets('ws_a', query()))).toEqual(['tkt_c', 'tkt_b', 'tkt_a']);
      expect(ids(await store.listTickets('ws_a', query({ status: 'resolved' })))).toEqual(['tkt_b']);
      expect(ids(await store.listTickets('ws_a', query({ channel: 'web' })))).toEqual(['tkt_c']);
      expect(ids(await store.listTickets('ws_a', query({ priority: 'high' })))).toEqual(['tkt_c']);
      expect(ids(await store.listTickets('ws_a', query({ botId: 'other' })))).toEqual([]);
      expect(ids(await store.listTickets('ws_a', query({ text: '50%' })))).toEqual(['tkt_a']);
      expect(ids(await store.listTickets('ws_a', query({ text: 'INVOICE' })))).toEqual(['tkt_a']);
      expect(ids(await store.listTickets('ws_other', query()))).toEqual([]);
    });

    it('sorts and pages tickets and counts every match', async () => {
      const store = getStore();
      await seedTickets(store);
      const page = await store.listTickets('ws_a', query({ order: 'asc', limit: 2, offset: 1 }));
      expect(ids(page)).toEqual(['tkt_b', 'tkt_c']);
      expect(page.total).toBe(3);
      expect(page.tickets[1]).toMatchObject({ channel: 'web', conversationId: 'conv_2' });
    });

    it('lists conversations by latest activity, filtered by channel', async () => {
      const store = getStore();
      await seedTickets(store);
      const all = await store.listConversations('ws_a', { limit: 10, offset: 0 });
      expect(all.conversations.map((item) => item.id)).toEqual(['conv_2', 'conv_1']);
      expect(all.total).toBe(2);
      const slack = await store.listConversations('ws_a', { channel: 'slack', limit: 10, offset: 0 });
      expect(slack.conversations.map((item) => item.id)).toEqual(['conv_1']);
    });

    it('keeps the first CSAT answer of a ticket and lists answers latest first', async () => {
      const store = getStore();
      await seedTickets(store);
      const answer = { workspaceId: 'ws_a', conversationId: 'conv_1', score: 4 };
      await store.saveCsat({ ...answer, id: 'csat_1', ticketId: 'tkt_a', createdAt: T0 + 1 });
      const again = await store.saveCsat({
        ...answer,
        id: 'csat_2',
        ticketId: 'tkt_a',
        score: 1,
        createdAt: T0 + 2,
      });
      expect(again).toMatchObject({ id: 'csat_1', score: 4 });
      await store.saveCsat({ ...answer, id: 'csat_3', ticketId: 'tkt_b', score: 5, createdAt: T0 + 3 });
      const listed = await store.listCsat('ws_a', { limit: 10, offset: 0 });
      expect(listed.map((item) => [item.ticketId, item.score])).toEqual([
        ['tkt_b', 5],
        ['tkt_a', 4],
      ]);
      await store.commentCsat('csat_3', 'Quick and kind.');
      const commented = await store.listCsat('ws_a', { limit: 10, offset: 0 });
      expect(commented.map((item) => item.comment ?? null)).toEqual(['Quick and kind.', null]);
    });

    it('records a requester on the conversation and every ticket it opened', async () => {
      const store = getStore();
      await seedTickets(store);
      const ticket = (await store.getTicket('tkt_a'))!;
      const requester = { id: 'web:v_1', email: 'ana@example.com' };
      await store.setRequester(ticket.conversationId, requester, T0 + 20);
      expect((await store.getConversation(ticket.conversationId))?.requester).toEqual(requester);
      expect((await store.getTicket('tkt_a'))?.requester).toEqual(requester);
    });

    it('stores and clears a ticket assignee', async () => {
      const store = getStore();
      await seedTickets(store);
      await store.updateTicket('tkt_a', { assignee: 'grace@example.com', updatedAt: T0 + 9 });
      expect((await store.getTicket('tkt_a'))?.assignee).toBe('grace@example.com');
      await store.updateTicket('tkt_a', { assignee: null, updatedAt: T0 + 10 });
      expect((await store.getTicket('tkt_a'))?.assignee ?? null).toBeNull();
    });
  });
}
