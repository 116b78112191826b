/** Store contract: what deleting a group, a member or a bot does to the rows that name them. */
import type { MemberGroup, Store } from '@frontdesk/core';
import { describe, expect, it } from 'vitest';
import { makeTicket, makeWorkspace, seedConversation, T0 } from './store-fixtures.js';

const group = (overrides: Partial<MemberGroup> = {}): MemberGroup => ({
  id: 'grp_billing',
  workspaceId: 'ws_a',
  name: 'Billing',
  memberIds: ['mem_ada', 'mem_bob'],
  botIds: [],
  createdAt: T0,
  updatedAt: T0,
  ...overrides,
});

const member = (id: string, email: string) => ({
  id,
  workspaceId: 'ws_a',
  email,
  name: id,
  role: 'staff' as const,
  status: 'active' as const,
  createdAt: T0,
  updatedAt: T0,
});

/** Two tickets on one conversation (different keys), as the desk sees them. */
async function seedTickets(store: Store) {
  await seedConversation(store);
  await store.insertTicket(makeTicket({ id: 'tkt_a' }));
  await store.insertTicket(makeTicket({ id: 'tkt_b', idempotencyKey: 'conv_1:other' }));
}

export function describeDeletionContract(getStore: () => Store): void {
  describe('deletes that reach other rows', () => {
    it('deleting a group takes it off its tickets and leaves other groups on theirs', async () => {
      const store = getStore();
      await seedTickets(store);
      await store.saveGroup(group());
      await store.saveGroup(group({ id: 'grp_sales', name: 'Sales' }));
      await store.updateTicket('tkt_a', { groupId: 'grp_billing', updatedAt: T0 + 1 });
      await store.updateTicket('tkt_b', { groupId: 'grp_sales', updatedAt: T0 + 1 });
      expect(await store.deleteGroup('ws_a', 'grp_billing')).toBe(true);
      expect((await store.getTicket('tkt_a'))?.groupId ?? null).toBeNull();
      expect((await store.getTicket('tkt_b'))?.groupId).toBe('grp_sales');
      expect(await store.deleteGroup('ws_a', 'grp_billing')).toBe(false);
    });

    it('does not reach into another workspace when a group of the same id is deleted there', async () => {
      const store = getStore();
      await seedTickets(store);
      await store.createWorkspace(makeWorkspace({ id: 'ws_b' }));
      await store.saveGroup(group());
      await store.updateTicket('tkt_a', { groupId: 'grp_billing', updatedAt: T0 + 1 });
      expect(await store.deleteGroup('ws_b', 'grp_billing')).toBe(false);
      expect((await store.getTicket('tkt_a'))?.groupId).toBe('grp_billing');
    });

    it('deleting a member unassigns their tickets, deletes their saved filters and takes them out of groups', async () => {
      const store = getStore();
      await seedTickets(store);
      await store.saveMember(member('mem_ada', 'ada@example.com'));
      await store.saveMember(member('mem_bob', 'bob@example.com'));
      await store.saveGroup(group());
      await store.updateTicket('tkt_a', { assignee: 'mem_ada', groupId: 'grp_billing', updatedAt: T0 + 1 });
      await store.updateTicket('tkt_b', { assignee: 'mem_bob', updatedAt: T0 + 1 });
      const filter = { workspaceId: 'ws_a', filter: { status: 'open' }, createdAt: T0 };
      await store.saveFilter({ ...filter, id: 'sf_ada', ownerId: 'mem_ada', name: 'Open' });
      await store.saveFilter({ ...filter, id: 'sf_bob', ownerId: 'mem_bob', name: 'Open' });

      expect(await store.deleteMember('ws_a', 'mem_ada')).toBe(true);
      const ticket = await store.getTicket('tkt_a');
      expect(ticket?.assignee ?? null).toBeNull();
      expect(ticket?.groupId).toBe('grp_billing');
      expect((await store.getTicket('tkt_b'))?.assignee).toBe('mem_bob');
      expect(await store.listFilters('ws_a', 'mem_ada')).toEqual([]);
      expect((await store.listFilters('ws_a', 'mem_bob')).map((each) => each.id)).toEqual(['sf_bob']);
      expect((await store.getGroup('ws_a', 'grp_billing'))?.memberIds).toEqual(['mem_bob']);
      expect(await store.deleteMember('ws_a', 'mem_ada')).toBe(false);
    });

    it("deleting a bot with its data deletes the notes on its conversations, not other bots' notes", async () => {
      const store = getStore();
      await seedConversation(store);
      await seedConversation(store, 'ws_b', 'conv_2');
      const note = { workspaceId: 'ws_a', conversationId: 'conv_1', authorId: 'mem_ada', authorName: 'Ada' };
      await store.addNote({ ...note, id: 'note_1', text: 'Called them.', createdAt: T0 });
      await store.addNote({
        ...note,
        id: 'note_2',
        workspaceId: 'ws_b',
        conversationId: 'conv_2',
        text: 'Other.',
        createdAt: T0,
      });
      expect(await store.deleteBotWithData('ws_a', 'demo')).toBe(true);
      expect(await store.listNotes('ws_a', 'conv_1')).toEqual([]);
      expect((await store.listNotes('ws_b', 'conv_2')).map((each) => each.id)).toEqual(['note_2']);
    });

    it("deleting a workspace deletes its notes, saved filters and canned replies, not another's", async () => {
      const store = getStore();
      await seedConversation(store);
      await seedConversation(store, 'ws_b', 'conv_2');
      for (const [workspaceId, conversationId] of [
        ['ws_a', 'conv_1'],
        ['ws_b', 'conv_2'],
      ] as const) {
        const id = `${workspaceId}_x`;
        const base = { workspaceId, createdAt: T0 };
        await store.addNote({
          ...base,
          id,
          conversationId,
          authorId: 'mem_ada',
          authorName: 'Ada',
          text: 'N',
        });
        await store.saveFilter({ ...base, id, ownerId: 'mem_ada', name: 'Open', filter: { status: 'open' } });
        const reply = { title: 'Hi', shortcut: 'hi', body: 'Hello.', language: null, updatedAt: T0 };
        await store.saveCannedReply({ ...base, ...reply, id });
      }
      const before = await store.countWorkspace('ws_a');
      expect(before).toMatchObject({ conversation_notes: 1, saved_filters: 1, canned_replies: 1 });
      expect(await store.deleteWorkspace('ws_a')).toBe(true);
      expect(await store.listNotes('ws_a', 'conv_1')).toEqual([]);
      expect(await store.listFilters('ws_a', 'mem_ada')).toEqual([]);
      expect(await store.listCannedReplies('ws_a')).toEqual([]);
      expect(await store.listNotes('ws_b', 'conv_2')).toHaveLength(1);
      expect(await store.listFilters('ws_b', 'mem_ada')).toHaveLength(1);
      expect(await store.listCannedReplies('ws_b')).toHaveLength(1);
    });
  });
}
