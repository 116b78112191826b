/** Store contract: channel connections — Slack installations (one per team or org) and channel routes. */
import type { SlackInstallation, Store } from '@frontdesk/core';
import { describe, expect, it } from 'vitest';
import { makeWorkspace, T0 } from './store-fixtures.js';

function makeInstallation(overrides: Partial<SlackInstallation> = {}): SlackInstallation {
  return {
    id: 'sli_1',
    workspaceId: 'ws_a',
    botId: 'demo',
    teamId: 'T1',
    enterpriseId: null,
    isEnterpriseInstall: false,
    secret: 'v1.sealed',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function describeChannelContract(getStore: () => Store): void {
  describe('channel connections', () => {
    it('keeps one installation per team: a reinstall updates it and keeps its id', async () => {
      const store = getStore();
      await store.createWorkspace(makeWorkspace());
      await store.saveSlackInstallation(makeInstallation());
      const again = await store.saveSlackInstallation(
        makeInstallation({ id: 'sli_2', botId: 'it', secret: 'v1.new', updatedAt: T0 + 5 }),
      );
      expect(again).toMatchObject({ id: 'sli_1', botId: 'it', secret: 'v1.new', createdAt: T0 });
      expect(await store.listSlackInstallations('ws_a')).toHaveLength(1);
    });

    it('finds a team installation first, else the org-wide one of its enterprise', async () => {
      const store = getStore();
      await store.createWorkspace(makeWorkspace());
      await store.saveSlackInstallation(
        makeInstallation({ id: 'sli_org', teamId: null, enterpriseId: 'E1', isEnterpriseInstall: true }),
      );
      expect((await store.findSlackInstallation({ teamId: 'T9', enterpriseId: 'E1' }))?.id).toBe('sli_org');
      await store.saveSlackInstallation(
        makeInstallation({ id: 'sli_team', teamId: 'T9', enterpriseId: 'E1' }),
      );
      expect((await store.findSlackInstallation({ teamId: 'T9', enterpriseId: 'E1' }))?.id).toBe('sli_team');
      expect(await store.findSlackInstallation({ teamId: 'T404' })).toBeUndefined();
    });

    it('routes a channel to a bot, and forgets the routes with their installation', async () => {
      const store = getStore();
      await store.createWorkspace(makeWorkspace());
      await store.saveSlackInstallation(makeInstallation());
      const route = {
        connectionId: 'sli_1',
        channelId: 'C1',
        workspaceId: 'ws_a',
        botId: 'hr',
        updatedAt: T0,
      };
      await store.setChannelRoute(route);
      await store.setChannelRoute({ ...route, botId: 'it', updatedAt: T0 + 1 });
      await store.setChannelRoute({ ...route, channelId: 'C0', updatedAt: T0 + 2 });
      await store.createWorkspace(makeWorkspace({ id: 'ws_other', name: 'Other' }));
      await store.setChannelRoute({ ...route, workspaceId: 'ws_other', channelId: 'C9' });
      expect((await store.listChannelRoutes('ws_a')).map((each) => [each.channelId, each.botId])).toEqual([
        ['C0', 'hr'],
        ['C1', 'it'],
      ]);
      expect(await store.getChannelRoute('sli_1', 'C1')).toEqual({
        ...route,
        botId: 'it',
        updatedAt: T0 + 1,
      });
      expect(await store.deleteSlackInstallation('sli_1')).toBe(true);
      expect(await store.getChannelRoute('sli_1', 'C1')).toBeUndefined();
      expect(await store.findSlackInstallation({ teamId: 'T1' })).toBeUndefined();
      expect(await store.deleteSlackInstallation('sli_1')).toBe(false);
    });

    it('removes one channel route, only for the workspace it belongs to', async () => {
      const store = getStore();
      await store.createWorkspace(makeWorkspace());
      await store.createWorkspace(makeWorkspace({ id: 'ws_b', name: 'B' }));
      const route = {
        connectionId: 'teams:env',
        channelId: '19:a',
        workspaceId: 'ws_a',
        botId: 'hr',
        updatedAt: T0,
      };
      await store.setChannelRoute(route);
      await store.setChannelRoute({ ...route, channelId: '19:b' });
      expect(await store.deleteChannelRoute('ws_b', 'teams:env', '19:a')).toBe(false);
      expect(await store.deleteChannelRoute('ws_a', 'teams:env', '19:a')).toBe(true);
      expect(await store.deleteChannelRoute('ws_a', 'teams:env', '19:a')).toBe(false);
      expect(await store.getChannelRoute('teams:env', '19:a')).toBeUndefined();
      expect((await store.listChannelRoutes('ws_a')).map((each) => each.channelId)).toEqual(['19:b']);
    });

    it('keeps a conversation reference, marks it gone, and clears that when a fresh one arrives', async () => {
      const store = getStore();
      const key = 'teams:tenant:a:1conv';
      await store.markConversationGone(key, { status: 403, reason: 'BotNotInConversationRoster', at: T0 });
      expect(await store.getConversationReference(key)).toBeUndefined();
      await store.saveConversationReference(key, '{"a":1}', T0);
      await store.markConversationGone(key, {
        status: 403,
        reason: 'BotNotInConversationRoster',
        at: T0 + 1,
      });
      expect(await store.getConversationReference(key)).toEqual({
        channelKey: key,
        reference: '{"a":1}',
        goneStatus: 403,
        goneReason: 'BotNotInConversationRoster',
        updatedAt: T0 + 1,
      });
      await store.saveConversationReference(key, '{"a":2}', T0 + 2);
      expect(await store.getConversationReference(key)).toMatchObject({
        reference: '{"a":2}',
        goneStatus: null,
      });
    });

    it('keeps the message a ticket came from, and its status reaction', async () => {
      const store = getStore();
      const origin = {
        ticketId: 'tck_1',
        channelId: 'C1',
        messageTs: '1.2',
        statusEmoji: null,
        updatedAt: T0,
      };
      await store.saveTicketOrigin(origin);
      await store.saveTicketOrigin({ ...origin, statusEmoji: 'eyes', updatedAt: T0 + 1 });
      expect(await store.getTicketOrigin('tck_1')).toEqual({
        ...origin,
        statusEmoji: 'eyes',
        updatedAt: T0 + 1,
      });
      expect(await store.getTicketOrigin('tck_2')).toBeUndefined();
    });

    it('keeps one Teams registration per app id, listed and deleted (with its routes) only by its workspace', async () => {
      const store = getStore();
      await store.createWorkspace(makeWorkspace());
      await store.createWorkspace(makeWorkspace({ id: 'ws_b', name: 'B' }));
      const registration = {
        appId: '00000000-0000-0000-0000-0000000000a1',
        workspaceId: 'ws_a',
        botId: 'demo',
        tenantId: null,
        secret: 'v1.sealed',
        createdAt: T0,
        updatedAt: T0,
      };
      await store.saveTeamsRegistration(registration);
      await store.saveTeamsRegistration({ ...registration, botId: 'hr', updatedAt: T0 + 1 });
      const route = { connectionId: registration.appId, channelId: '19:x', workspaceId: 'ws_a', botId: 'it' };
      await store.setChannelRoute({ ...route, updatedAt: T0 });
      expect(await store.getTeamsRegistration(registration.appId)).toEqual({
        ...registration,
        botId: 'hr',
        updatedAt: T0 + 1,
      });
      expect(await store.listTeamsRegistrations('ws_a')).toHaveLength(1);
      expect(await store.listTeamsRegistrations('ws_b')).toEqual([]);
      await store.saveTeamsRegistration({
        ...registration,
        appId: '00000000-0000-0000-0000-0000000000b2',
        workspaceId: 'ws_b',
      });
      expect(await store.countTeamsRegistrations()).toBe(2);
      expect(await store.deleteTeamsRegistration('ws_b', registration.appId)).toBe(false);
      expect(await store.getChannelRoute(registration.appId, '19:x')).toBeDefined();
      expect(await store.deleteTeamsRegistration('ws_a', registration.appId)).toBe(true);
      expect(await store.getTeamsRegistration(registration.appId)).toBeUndefined();
      expect(await store.countTeamsRegistrations()).toBe(1);
      // Its channel routes go with it.
      expect(await store.getChannelRoute(registration.appId, '19:x')).toBeUndefined();
    });
  });
}
