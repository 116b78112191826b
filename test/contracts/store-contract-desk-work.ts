/** Store contract: the desk's assignment filters (assignee, group), internal notes, saved filters and canned replies. */
import { ConflictError, type Store, type TicketQuery } from '@frontdesk/core';
import { describe, expect, it } from 'vitest';
import { makeTicket, makeWorkspace, seedConversation, T0 } from './store-fixtures.js';

const query = (overrides: Partial<TicketQuery> = {}): TicketQuery => ({
  sort: 'createdAt',
  order: 'asc',
  limit: 50,
  offset: 0,
  ...overrides,
});

const ids = (result: { tickets: { id: string }[] }) => result.tickets.map((ticket) => ticket.id);

const reply = (overrides: Record<string, unknown> = {}) => ({
  id: 'cr_1',
  workspaceId: 'ws_a',
  title: 'Reset password',
  shortcut: 'reset',
  body: 'Open Settings → Security → Reset password.',
  language: null,
  createdAt: T0,
  updatedAt: T0,
  ...overrides,
});

export function describeDeskWorkContract(getStore: () => Store): void {
  describe('desk work', () => {
    it('assigns a ticket to a person and a group, and filters by either or by none', async () => {
      const store = getStore();
      await seedConversation(store);
      await store.insertTicket(makeTicket({ id: 'tkt_a', createdAt: T0 + 1 }));
      await store.insertTicket(makeTicket({ id: 'tkt_b', idempotencyKey: 'conv_1:x', createdAt: T0 + 2 }));
      await store.updateTicket('tkt_a', { assignee: 'mem_ada', groupId: 'grp_billing', updatedAt: T0 + 5 });
      expect(await store.getTicket('tkt_a')).toMatchObject({ assignee: 'mem_ada', groupId: 'grp_billing' });
      expect(ids(await store.listTickets('ws_a', query({ assignee: 'mem_ada' })))).toEqual(['tkt_a']);
      expect(ids(await store.listTickets('ws_a', query({ assignee: null })))).toEqual(['tkt_b']);
      expect(ids(await store.listTickets('ws_a', query({ groupId: 'grp_billing' })))).toEqual(['tkt_a']);
      expect(ids(await store.listTickets('ws_a', query({ groupId: null })))).toEqual(['tkt_b']);
      await store.updateTicket('tkt_a', { groupId: null, updatedAt: T0 + 6 });
      expect((await store.getTicket('tkt_a'))?.groupId ?? null).toBeNull();
      expect(ids(await store.listTickets('ws_a', query({ groupId: null })))).toEqual(['tkt_a', 'tkt_b']);
    });

    it("keeps a conversation's notes apart from its messages, oldest first, per workspace", async () => {
      const store = getStore();
      await seedConversation(store);
      const note = { workspaceId: 'ws_a', conversationId: 'conv_1', authorId: 'mem_ada', authorName: 'Ada' };
      await store.addNote({ ...note, id: 'note_2', text: 'Second', createdAt: T0 + 2 });
      await store.addNote({ ...note, id: 'note_1', text: 'First', createdAt: T0 + 1 });
      const notes = await store.listNotes('ws_a', 'conv_1');
      expect(notes.map((each) => each.text)).toEqual(['First', 'Second']);
      expect(notes[0]).toEqual({ ...note, id: 'note_1', text: 'First', createdAt: T0 + 1 });
      expect(await store.listNotes('ws_other', 'conv_1')).toEqual([]);
      expect(await store.listMessages('conv_1', { limit: 10 })).toEqual([]);
    });

    it("keeps each member's saved filters to themselves and replaces one saved again under its name", async () => {
      const store = getStore();
      await store.createWorkspace(makeWorkspace());
      const base = { workspaceId: 'ws_a', ownerId: 'mem_ada', createdAt: T0 };
      await store.saveFilter({ ...base, id: 'sf_1', name: 'Urgent', filter: { priority: 'urgent' } });
      await store.saveFilter({ ...base, id: 'sf_2', name: 'Mine', filter: { assignee: 'me' } });
      await store.saveFilter({ ...base, ownerId: 'mem_bob', id: 'sf_3', name: 'Bob', filter: {} });
      const again = await store.saveFilter({
        ...base,
        id: 'sf_4',
        name: 'Urgent',
        filter: { status: 'open' },
      });
      expect(again).toMatchObject({ id: 'sf_1', filter: { status: 'open' } });
      const ada = await store.listFilters('ws_a', 'mem_ada');
      expect(ada.map((each) => [each.name, each.filter])).toEqual([
        ['Mine', { assignee: 'me' }],
        ['Urgent', { status: 'open' }],
      ]);
      expect(await store.deleteFilter('ws_a', 'mem_bob', 'sf_1')).toBe(false);
      expect(await store.deleteFilter('ws_a', 'mem_ada', 'sf_1')).toBe(true);
      expect((await store.listFilters('ws_a', 'mem_ada')).map((each) => each.id)).toEqual(['sf_2']);
      expect((await store.listFilters('ws_a', 'mem_bob')).map((each) => each.id)).toEqual(['sf_3']);
    });

    it('keeps canned replies per workspace with one shortcut each', async () => {
      const store = getStore();
      await store.createWorkspace(makeWorkspace());
      await store.createWorkspace(makeWorkspace({ id: 'ws_b' }));
      await store.saveCannedReply(reply());
      await store.saveCannedReply(reply({ id: 'cr_2', shortcut: 'hello', title: 'Hi', language: 'de' }));
      await store.saveCannedReply(reply({ id: 'cr_3', workspaceId: 'ws_b' }));
      await expect(store.saveCannedReply(reply({ id: 'cr_4' }))).rejects.toBeInstanceOf(ConflictError);
      await store.saveCannedReply(reply({ body: 'Changed.', updatedAt: T0 + 1 }));
      expect(await store.getCannedReply('ws_a', 'cr_1')).toEqual(
        reply({ body: 'Changed.', updatedAt: T0 + 1 }),
      );
      expect(await store.getCannedReply('ws_b', 'cr_1')).toBeUndefined();
      const listed = await store.listCannedReplies('ws_a');
      expect(listed.map((each) => [each.shortcut, each.language])).toEqual([
        ['hello', 'de'],
        ['reset', null],
      ]);
      expect(await store.deleteCannedReply('ws_b', 'cr_1')).toBe(false);
      expect(await store.deleteCannedReply('ws_a', 'cr_1')).toBe(true);
      expect((await store.listCannedReplies('ws_a')).map((each) => each.id)).toEqual(['cr_2']);
    });

    it('lets one of two replies saved at once with the same shortcut win; the other is a conflict', async () => {
      const store = getStore();
      await store.createWorkspace(makeWorkspace());
      const results = await Promise.allSettled([
        store.saveCannedReply(reply({ id: 'cr_x', shortcut: 'race' })),
        store.saveCannedReply(reply({ id: 'cr_y', shortcut: 'race' })),
      ]);
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      const failed = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
      expect(failed.reason).toBeInstanceOf(ConflictError);
      expect(await store.listCannedReplies('ws_a')).toHaveLength(1);
    });
  });
}
