/** Store contract: sessions (one per workspace, bot and channel key) and the debounce buffer. */
import type { Session, Store } from '@frontdesk/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeWorkspace, T0 } from './store-fixtures.js';

function makeSession(overrides: Partial<Session> = {}): Session {
  return {
    id: 'sess_1',
    workspaceId: 'ws_a',
    botId: 'demo',
    channelKey: 'slack:T1:C1:1.0',
    conversationId: 'conv_1',
    status: 'opened',
    pausedBy: null,
    lastActivityAt: T0,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function describeSessionContract(getStore: () => Store): void {
  describe('sessions', () => {
    beforeEach(async () => {
      await getStore().createWorkspace(makeWorkspace());
      await getStore().createWorkspace(makeWorkspace({ id: 'ws_b', name: 'B' }));
    });

    it('saves, reads by thread and by id, and keeps the first id when saved again', async () => {
      const store = getStore();
      await store.saveSession(makeSession());
      await store.saveSession(
        makeSession({ id: 'sess_other', status: 'paused', pausedBy: 'U2', updatedAt: T0 + 5 }),
      );
      const expected = makeSession({ status: 'paused', pausedBy: 'U2', updatedAt: T0 + 5 });
      expect(await store.getSession('ws_a', 'demo', 'slack:T1:C1:1.0')).toEqual(expected);
      expect(await store.getSessionById('ws_a', 'sess_1')).toEqual(expected);
      expect(await store.getSessionById('ws_b', 'sess_1')).toBeUndefined();
      expect(await store.getSession('ws_a', 'other', 'slack:T1:C1:1.0')).toBeUndefined();
    });

    it('lists a workspace’s sessions by latest activity, with filters', async () => {
      const store = getStore();
      await store.saveSession(makeSession({ id: 's1', channelKey: 'k1', lastActivityAt: T0 + 1 }));
      await store.saveSession(
        makeSession({ id: 's2', channelKey: 'k2', lastActivityAt: T0 + 3, status: 'paused' }),
      );
      await store.saveSession(
        makeSession({ id: 's3', channelKey: 'k3', botId: 'other', lastActivityAt: T0 + 2 }),
      );
      await store.saveSession(makeSession({ id: 's4', channelKey: 'k4', workspaceId: 'ws_b' }));
      const ids = (list: Session[]) => list.map((session) => session.id);
      expect(ids(await store.listSessions('ws_a'))).toEqual(['s2', 's3', 's1']);
      expect(ids(await store.listSessions('ws_a', { botId: 'demo' }))).toEqual(['s2', 's1']);
      expect(ids(await store.listSessions('ws_a', { status: 'paused' }))).toEqual(['s2']);
      expect(ids(await store.listSessions('ws_a', { limit: 1 }))).toEqual(['s2']);
      expect(ids(await store.listSessions('ws_a', { conversationId: 'nope' }))).toEqual([]);
    });

    it('deletes only within the workspace', async () => {
      const store = getStore();
      await store.saveSession(makeSession());
      expect(await store.deleteSession('ws_b', 'sess_1')).toBe(false);
      expect(await store.deleteSession('ws_a', 'sess_1')).toBe(true);
      expect(await store.deleteSession('ws_a', 'sess_1')).toBe(false);
      expect(await store.getSession('ws_a', 'demo', 'slack:T1:C1:1.0')).toBeUndefined();
    });
  });

  describe('debounce buffer', () => {
    const pending = (id: string, text: string, createdAt = T0) => ({
      key: 'ws_a:demo:k',
      id,
      text,
      createdAt,
    });

    it('hands the whole buffer, in insertion order, to the caller of the last message only', async () => {
      const store = getStore();
      // Clocks of two instances disagree: insertion order still decides.
      await store.addPendingMessage(pending('p_b', 'first', T0 + 50));
      await store.addPendingMessage(pending('p_a', 'second', T0));
      expect(await store.takePendingMessages('ws_a:demo:k', 'p_b')).toBeUndefined();
      expect((await store.takePendingMessages('ws_a:demo:k', 'p_a'))?.map((item) => item.text)).toEqual([
        'first',
        'second',
      ]);
      expect(await store.takePendingMessages('ws_a:demo:k', 'p_a')).toBeUndefined();
    });

    it('keeps buffers of different threads apart', async () => {
      const store = getStore();
      await store.addPendingMessage(pending('p_1', 'one'));
      await store.addPendingMessage({ ...pending('p_2', 'two'), key: 'ws_a:demo:other' });
      expect(await store.takePendingMessages('ws_a:demo:k', 'p_1')).toEqual([pending('p_1', 'one')]);
      expect(await store.takePendingMessages('ws_a:demo:other', 'p_2')).toHaveLength(1);
    });

    it('starts a new buffer after one was taken', async () => {
      const store = getStore();
      await store.addPendingMessage(pending('p_1', 'one'));
      await store.takePendingMessages('ws_a:demo:k', 'p_1');
      await store.addPendingMessage(pending('p_2', 'two'));
      expect((await store.takePendingMessages('ws_a:demo:k', 'p_2'))?.map((item) => item.text)).toEqual([
        'two',
      ]);
    });
  });
}
