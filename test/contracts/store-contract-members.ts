/** Store contract: token owners and expiry, members, custom roles and member groups. */
import type { Member, Store } from '@frontdesk/core';
import { describe, expect, it } from 'vitest';
import { makeBot, makeConversation, makeMessage, makeToken, makeWorkspace, T0 } from './store-fixtures.js';

function makeMember(overrides: Partial<Member> = {}): Member {
  return {
    id: 'mem_1',
    workspaceId: 'ws_a',
    email: 'ada@example.com',
    name: 'Ada',
    role: 'staff',
    status: 'invited',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function describeMemberContract(getStore: () => Store): void {
  describe('members, roles and groups', () => {
    it('reads back a token with its member and expiry', async () => {
      const store = getStore();
      await store.createWorkspace(makeWorkspace());
      const token = makeToken({ memberId: 'mem_1', expiresAt: T0 + 1000, role: 'role_support' });
      await store.createToken(token);
      expect(await store.findTokenByHash('hash-1')).toEqual(token);
    });

    it('keeps members per workspace, replaces them by id and refuses a second email', async () => {
      const store = getStore();
      await store.createWorkspace(makeWorkspace({ id: 'ws_a' }));
      await store.createWorkspace(makeWorkspace({ id: 'ws_b' }));
      await store.saveMember(makeMember());
      await store.saveMember(makeMember({ id: 'mem_2', email: 'bo@example.com', createdAt: T0 + 1 }));
      await store.saveMember(makeMember({ id: 'mem_3', workspaceId: 'ws_b' }));
      await expect(store.saveMember(makeMember({ id: 'mem_4', email: 'bo@example.com' }))).rejects.toThrow();
      await store.saveMember(makeMember({ role: 'admin', status: 'active', updatedAt: T0 + 5 }));
      expect(await store.getMember('ws_a', 'mem_1')).toEqual(
        makeMember({ role: 'admin', status: 'active', updatedAt: T0 + 5 }),
      );
      expect((await store.listMembers('ws_a')).map((member) => member.id)).toEqual(['mem_1', 'mem_2']);
      expect(await store.getMember('ws_b', 'mem_1')).toBeUndefined();
      expect(await store.deleteMember('ws_b', 'mem_1')).toBe(false);
      expect(await store.deleteMember('ws_a', 'mem_1')).toBe(true);
      expect((await store.listMembers('ws_a')).map((member) => member.id)).toEqual(['mem_2']);
    });

    it('keeps custom roles and groups apart per workspace', async () => {
      const store = getStore();
      await store.createWorkspace(makeWorkspace({ id: 'ws_a' }));
      await store.createWorkspace(makeWorkspace({ id: 'ws_b' }));
      const role = {
        id: 'role_x' as const,
        workspaceId: 'ws_a',
        name: 'Support',
        permissions: ['tickets:write'],
        createdAt: T0,
        updatedAt: T0,
      };
      await store.saveRole(role);
      expect(await store.getRole('ws_a', 'role_x')).toEqual(role);
      expect(await store.getRole('ws_b', 'role_x')).toBeUndefined();
      await expect(store.saveRole({ ...role, workspaceId: 'ws_b', name: 'Taken' })).rejects.toThrow();
      expect((await store.getRole('ws_a', 'role_x'))?.name).toBe('Support');

      const group = {
        id: 'grp_1',
        workspaceId: 'ws_a',
        name: 'Billing',
        memberIds: ['mem_1'],
        botIds: ['demo'],
        createdAt: T0,
        updatedAt: T0,
      };
      await store.saveGroup(group);
      await store.saveGroup({ ...group, memberIds: [], updatedAt: T0 + 1 });
      expect(await store.listGroups('ws_a')).toEqual([{ ...group, memberIds: [], updatedAt: T0 + 1 }]);
      expect(await store.listGroups('ws_b')).toEqual([]);
      expect(await store.deleteGroup('ws_b', 'grp_1')).toBe(false);
      expect(await store.deleteGroup('ws_a', 'grp_1')).toBe(true);
      expect(await store.deleteRole('ws_a', 'role_x')).toBe(true);
      expect(await store.listRoles('ws_a')).toEqual([]);
    });

    it('changes a workspace, counts what it holds and deletes all of it, leaving others alone', async () => {
      const store = getStore();
      await store.createWorkspace(makeWorkspace({ id: 'ws_a' }));
      await store.createWorkspace(makeWorkspace({ id: 'ws_b' }));
      await store.saveBot(makeBot({ workspaceId: 'ws_a' }));
      await store.saveBot(makeBot({ workspaceId: 'ws_b' }));
      await store.createToken(makeToken());
      await store.saveMember(makeMember());
      const conversation = makeConversation();
      await store.createConversation(conversation);
      await store.appendMessage(makeMessage({ createdAt: T0 + 10 }));
      expect(await store.updateWorkspace({ id: 'ws_a', name: 'Renamed', logRetentionDays: 7 })).toBe(true);
      expect(await store.getWorkspace('ws_a')).toEqual(
        makeWorkspace({ name: 'Renamed', logRetentionDays: 7 }),
      );
      expect(await store.updateWorkspace({ id: 'ws_none', name: 'x' })).toBe(false);
      expect(await store.countWorkspace('ws_a')).toMatchObject({
        bots: 1,
        tokens: 1,
        members: 1,
        conversations: 1,
        messages: 1,
      });

      const activity = await store.countActivity('ws_a', { from: T0, to: T0 + 100, bucketMs: 50 });
      expect(activity.sort((left, right) => left.kind.localeCompare(right.kind))).toEqual([
        { kind: 'conversations', channel: conversation.channel, bucket: 0, count: 1 },
        { kind: 'messages', channel: conversation.channel, bucket: 0, count: 1 },
      ]);

      expect(await store.deleteWorkspace('ws_a')).toBe(true);
      expect(await store.deleteWorkspace('ws_a')).toBe(false);
      expect(await store.getWorkspace('ws_a')).toBeUndefined();
      expect(await store.listBots('ws_a')).toEqual([]);
      expect(await store.findTokenByHash('hash-1')).toBeUndefined();
      expect(await store.getConversation(conversation.id)).toBeUndefined();
      expect(await store.listMembers('ws_a')).toEqual([]);
      expect(await store.listBots('ws_b')).toHaveLength(1);
    });

    it('lists request log entries of one workspace, newest first, filtered, and purges old ones', async () => {
      const store = getStore();
      await store.createWorkspace(makeWorkspace({ id: 'ws_a' }));
      const entry = (id: string, createdAt: number, status = 200) => ({
        id,
        workspaceId: 'ws_a' as string | null,
        method: 'GET',
        route: '/v1/me',
        status,
        durationMs: 1.5,
        tokenId: 'tok_1',
        ip: '127.0.0.1',
        requestId: `req_${id}`,
        createdAt,
      });
      await store.appendRequestLogs([
        entry('l1', T0),
        entry('l2', T0 + 10, 404),
        { ...entry('l3', T0), workspaceId: null },
      ]);
      await store.appendRequestLogs([]);
      expect((await store.listRequestLogs('ws_a')).map((item) => item.id)).toEqual(['l2', 'l1']);
      expect(await store.listRequestLogs('ws_a', { status: 404 })).toEqual([entry('l2', T0 + 10, 404)]);
      expect((await store.listRequestLogs('ws_a', { from: T0 + 1 })).map((item) => item.id)).toEqual(['l2']);
      expect(
        (await store.listRequestLogs('ws_a', { to: T0 + 1, tokenId: 'tok_1' })).map((item) => item.id),
      ).toEqual(['l1']);
      expect(await store.listRequestLogs('ws_a', { route: '/v1/bots' })).toEqual([]);
      expect(await store.purgeRequestLogs('ws_a', T0 + 5)).toBe(1);
      expect(await store.purgeRequestLogs(null, T0 + 5)).toBe(1);
      expect((await store.listRequestLogs('ws_a')).map((item) => item.id)).toEqual(['l2']);
    });
  });
}
