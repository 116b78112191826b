/** Store contract: deleting bots (sessions go with them; conversations keep them, unless deleted with their data). */
import type { Store } from '@frontdesk/core';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  makeBot,
  makeConversation,
  makeMessage,
  makeTicket,
  makeWorkspace,
  seedConversation,
  T0,
} from './store-fixtures.js';

export function describeBotDeletionContract(getStore: () => Store): void {
  describe('deleteBot', () => {
    beforeEach(async () => {
      await getStore().createWorkspace(makeWorkspace());
    });

    it('deletes a bot and its sessions, only in its workspace', async () => {
      const store = getStore();
      await store.createWorkspace(makeWorkspace({ id: 'ws_b', name: 'B' }));
      await store.saveBot(makeBot({ id: 'spare' }));
      await store.saveBot(makeBot({ id: 'spare', workspaceId: 'ws_b' }));
      await store.saveSession({
        id: 'sess_1',
        workspaceId: 'ws_a',
        botId: 'spare',
        channelKey: 'k',
        conversationId: 'conv_x',
        status: 'opened',
        pausedBy: null,
        lastActivityAt: T0,
        createdAt: T0,
        updatedAt: T0,
      });
      expect(await store.deleteBot('ws_a', 'spare')).toBe(true);
      expect(await store.getBot('ws_a', 'spare')).toBeUndefined();
      expect(await store.getBot('ws_b', 'spare')).toBeDefined();
      expect(await store.listSessions('ws_a')).toEqual([]);
      expect(await store.deleteBot('ws_a', 'spare')).toBe(false);
    });

    it('refuses to delete a bot that conversations refer to', async () => {
      const store = getStore();
      const conversation = await seedConversation(store, 'ws_other', 'conv_9');
      await expect(store.deleteBot('ws_other', conversation.botId)).rejects.toThrow();
      expect(await store.getBot('ws_other', conversation.botId)).toBeDefined();
    });

    it('counts and deletes a bot with its conversations, messages, tickets and sessions', async () => {
      const store = getStore();
      await seedConversation(store, 'ws_b', 'conv_1');
      await store.appendMessage(makeMessage({ workspaceId: 'ws_b' }));
      await store.insertTicket(makeTicket({ workspaceId: 'ws_b' }));
      await store.saveSession({
        id: 'sess_1',
        workspaceId: 'ws_b',
        botId: 'demo',
        channelKey: 'k',
        conversationId: 'conv_1',
        status: 'opened',
        pausedBy: null,
        lastActivityAt: T0,
        createdAt: T0,
        updatedAt: T0,
      });
      await store.saveBot(makeBot({ id: 'spare', workspaceId: 'ws_b' }));
      await store.createConversation(
        makeConversation({ id: 'conv_2', workspaceId: 'ws_b', botId: 'spare', channelKey: 'api:2' }),
      );
      expect(await store.countBot('ws_b', 'demo')).toMatchObject({
        conversations: 1,
        messages: 1,
        tickets: 1,
        sessions: 1,
      });
      expect(await store.deleteBotWithData('ws_b', 'demo')).toBe(true);
      expect(await store.getBot('ws_b', 'demo')).toBeUndefined();
      expect(await store.getConversation('conv_1')).toBeUndefined();
      expect(await store.getTicket('tkt_1')).toBeUndefined();
      expect(await store.listSessions('ws_b')).toEqual([]);
      expect(await store.getConversation('conv_2')).toBeDefined();
      expect(await store.countBot('ws_b', 'demo')).toMatchObject({ conversations: 0, messages: 0 });
      expect(await store.deleteBotWithData('ws_b', 'demo')).toBe(false);
    });
  });
}
