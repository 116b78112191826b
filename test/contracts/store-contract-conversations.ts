/** Store contract, part two: conversations and their messages. */
import type { Store } from '@frontdesk/core';
import { describe, expect, it } from 'vitest';
import { makeBot, makeConversation, makeMessage, seedConversation, T0 } from './store-fixtures.js';

export function describeConversationContract(getStore: () => Store): void {
  describe('conversations', () => {
    it('reads back a created conversation, with or without a requester', async () => {
      const store = getStore();
      const conversation = await seedConversation(store);
      expect(await store.getConversation('conv_1')).toEqual(conversation);
      const anonymous = makeConversation({ id: 'conv_2', channelKey: 'web:v1:1', requester: null });
      await store.createConversation(anonymous);
      expect(await store.getConversation('conv_2')).toEqual(anonymous);
      expect(await store.getConversation('conv_unknown')).toBeUndefined();
    });

    it('finds a conversation by channel key only within its workspace and bot', async () => {
      const store = getStore();
      const conversation = await seedConversation(store);
      await seedConversation(store, 'ws_b', 'conv_b');
      await store.saveBot(makeBot({ id: 'other' }));
      const { channelKey } = conversation;
      expect(await store.findConversationByChannelKey('ws_a', 'demo', channelKey)).toEqual(conversation);
      expect(await store.findConversationByChannelKey('ws_a', 'other', channelKey)).toBeUndefined();
      expect(await store.findConversationByChannelKey('ws_b', 'demo', channelKey)).toBeUndefined();
      expect(await store.findConversationByChannelKey('ws_a', 'demo', 'api:tok_1:nope')).toBeUndefined();
    });

    it('returns the first conversation when a second one claims the same channel key and bot', async () => {
      const store = getStore();
      const conversation = await seedConversation(store);
      const raced = await store.createConversation({ ...conversation, id: 'conv_2' });
      expect(raced.id).toBe(conversation.id);
      expect(await store.getConversation('conv_2')).toBeUndefined();
    });

    it('refuses a conversation whose bot does not exist', async () => {
      const store = getStore();
      await seedConversation(store);
      const orphan = makeConversation({ id: 'conv_2', botId: 'missing', channelKey: 'web:v1:2' });
      await expect(store.createConversation(orphan)).rejects.toThrow();
    });

    it("lists a visitor's conversations by channel key prefix, latest activity first", async () => {
      const store = getStore();
      await seedConversation(store);
      await store.saveBot(makeBot({ id: 'other' }));
      const web = (id: string, channelKey: string, updatedAt: number, botId = 'demo') =>
        store.createConversation(makeConversation({ id, botId, channel: 'web', channelKey, updatedAt }));
      await web('conv_old', 'web:v_1:a', T0 + 1);
      await web('conv_new', 'web:v_1:b', T0 + 5);
      await web('conv_mid', 'web:v_1:c', T0 + 3);
      await web('conv_other_visitor', 'web:v_10:a', T0 + 9);
      await web('conv_prefix_lookalike', 'web:v_1;a', T0 + 9);
      await web('conv_other_bot', 'web:v_1:d', T0 + 9, 'other');
      const listed = await store.listConversationsByChannelKeyPrefix('ws_a', 'demo', 'web:v_1:');
      expect(listed.map((conversation) => conversation.id)).toEqual(['conv_new', 'conv_mid', 'conv_old']);
      const limited = await store.listConversationsByChannelKeyPrefix('ws_a', 'demo', 'web:v_1:', {
        limit: 2,
      });
      expect(limited.map((conversation) => conversation.id)).toEqual(['conv_new', 'conv_mid']);
      expect(await store.listConversationsByChannelKeyPrefix('ws_b', 'demo', 'web:v_1:')).toEqual([]);
      expect(await store.listConversationsByChannelKeyPrefix('ws_a', 'demo', 'web:v_%:')).toEqual([]);
    });

    it('moves updatedAt forward when a message is appended, never back', async () => {
      const store = getStore();
      await seedConversation(store);
      await store.appendMessage(makeMessage({ id: 'msg_late', createdAt: T0 + 99 }));
      expect(await store.getConversation('conv_1')).toMatchObject({ createdAt: T0, updatedAt: T0 + 99 });
      await store.appendMessage(makeMessage({ id: 'msg_early', createdAt: T0 + 5 }));
      expect(await store.getConversation('conv_1')).toMatchObject({ updatedAt: T0 + 99 });
    });
  });

  describe('messages', () => {
    it('lists messages by creation time, then id', async () => {
      const store = getStore();
      await seedConversation(store);
      await store.appendMessage(makeMessage({ id: 'msg_3', createdAt: T0 + 2 }));
      await store.appendMessage(makeMessage({ id: 'msg_2', createdAt: T0 + 1 }));
      await store.appendMessage(makeMessage({ id: 'msg_1b', createdAt: T0 }));
      await store.appendMessage(makeMessage({ id: 'msg_1a', createdAt: T0 }));
      const listed = await store.listMessages('conv_1');
      expect(listed.map((message) => message.id)).toEqual(['msg_1a', 'msg_1b', 'msg_2', 'msg_3']);
    });

    it('returns the latest `limit` messages, oldest first', async () => {
      const store = getStore();
      await seedConversation(store);
      for (let index = 1; index <= 5; index++) {
        await store.appendMessage(makeMessage({ id: `msg_${index}`, createdAt: T0 + index }));
      }
      const ids = async (limit: number) =>
        (await store.listMessages('conv_1', { limit })).map((message) => message.id);
      expect(await ids(2)).toEqual(['msg_4', 'msg_5']);
      expect(await ids(10)).toEqual(['msg_1', 'msg_2', 'msg_3', 'msg_4', 'msg_5']);
      expect(await ids(0)).toEqual([]);
    });

    it('keeps sources, ticket link and role as written', async () => {
      const store = getStore();
      await seedConversation(store);
      const message = makeMessage({
        role: 'assistant',
        text: 'Use **Forgot password**.',
        sources: [
          {
            type: 'knowledge_base',
            name: 'Reset your password',
            score: 0.93,
            url: 'https://example.com/reset',
          },
          { type: 'knowledge_base', name: 'Accounts', score: 0.5 },
        ],
        ticketId: 'tkt_1',
      });
      await store.appendMessage(message);
      expect(await store.listMessages('conv_1')).toEqual([message]);
    });

    it('lists only the messages of the asked conversation', async () => {
      const store = getStore();
      await seedConversation(store);
      await store.createConversation(makeConversation({ id: 'conv_2', channelKey: 'web:v1:2' }));
      await store.appendMessage(makeMessage({ id: 'msg_1', conversationId: 'conv_1' }));
      await store.appendMessage(makeMessage({ id: 'msg_2', conversationId: 'conv_2' }));
      expect((await store.listMessages('conv_2')).map((message) => message.id)).toEqual(['msg_2']);
      expect(await store.listMessages('conv_unknown')).toEqual([]);
    });

    it('refuses a message for a conversation that does not exist', async () => {
      const store = getStore();
      await seedConversation(store);
      await expect(store.appendMessage(makeMessage({ conversationId: 'conv_missing' }))).rejects.toThrow();
    });
  });
}
