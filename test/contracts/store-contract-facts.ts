/** Store contract: durable facts with tables of their own — single messages, ended conversations, feedback, remote links. */
import type { Store } from '@frontdesk/core';
import { describe, expect, it } from 'vitest';
import { makeMessage, seedConversation, T0 } from './store-fixtures.js';

async function seedAnswer(store: Store): Promise<void> {
  await seedConversation(store);
  await store.appendMessage(makeMessage());
  await store.appendMessage(makeMessage({ id: 'msg_2', role: 'assistant', text: 'Use the reset link.' }));
}

export function describeFactContract(getStore: () => Store): void {
  describe('durable facts', () => {
    it('reads one message back by its id', async () => {
      const store = getStore();
      await seedAnswer(store);
      expect(await store.getMessage('msg_2')).toEqual(
        makeMessage({ id: 'msg_2', role: 'assistant', text: 'Use the reset link.' }),
      );
      expect(await store.getMessage('msg_none')).toBeUndefined();
    });

    it('ends a conversation once: the first end counts, and an open one has no end', async () => {
      const store = getStore();
      await seedConversation(store);
      expect((await store.getConversation('conv_1'))?.endedAt).toBeUndefined();
      await store.endConversation('conv_1', T0 + 500);
      await store.endConversation('conv_1', T0 + 900);
      expect((await store.getConversation('conv_1'))?.endedAt).toBe(T0 + 500);
    });

    it('keeps the last verdict on an answer, with who gave it', async () => {
      const store = getStore();
      await seedAnswer(store);
      const feedback = {
        messageId: 'msg_2',
        workspaceId: 'ws_a',
        conversationId: 'conv_1',
        feedback: 'helpful' as const,
        by: 'web:v1',
        createdAt: T0 + 10,
      };
      await store.saveFeedback(feedback);
      await store.saveFeedback({ ...feedback, feedback: 'not-helpful', createdAt: T0 + 20 });
      expect(await store.getFeedback('msg_2')).toEqual({
        ...feedback,
        feedback: 'not-helpful',
        createdAt: T0 + 20,
      });
      expect(await store.getFeedback('msg_1')).toBeUndefined();
    });

    it('links a conversation to a remote agent per agent, and forgets the link on unlink', async () => {
      const store = getStore();
      await seedConversation(store);
      const link = {
        workspaceId: 'ws_a',
        conversationId: 'conv_1',
        agentKey: 'https://a#bot',
        createdAt: T0,
      };
      await store.linkRemoteConversation({ ...link, remoteId: 'r-1' });
      await store.linkRemoteConversation({ ...link, remoteId: 'r-2' });
      expect(await store.remoteConversationFor('conv_1', 'https://a#bot')).toBe('r-2');
      expect(await store.remoteConversationFor('conv_1', 'https://b#bot')).toBeUndefined();
      await store.unlinkRemoteConversation('conv_1', 'https://a#bot');
      expect(await store.remoteConversationFor('conv_1', 'https://a#bot')).toBeUndefined();
    });

    it('purges expired claims and keeps live ones', async () => {
      const store = getStore();
      await store.putMarker({ key: 'dedupe:old', value: '1', expiresAt: T0 + 10 });
      await store.putMarker({ key: 'dedupe:new', value: '1', expiresAt: T0 + 1000 });
      expect(await store.purgeExpiredMarkers(T0 + 100)).toBe(1);
      expect(await store.getMarker('dedupe:new', T0 + 100)).toBeDefined();
    });
  });
}
