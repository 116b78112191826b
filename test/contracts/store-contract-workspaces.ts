/** Store contract, part one: workspaces, bots and tokens. */
import type { Store } from '@frontdesk/core';
import { describe, expect, it } from 'vitest';
import { makeBot, makeToken, makeWorkspace, T0 } from './store-fixtures.js';

export function describeWorkspaceContract(getStore: () => Store): void {
  describe('workspaces', () => {
    it('reads back a created workspace', async () => {
      const store = getStore();
      await store.createWorkspace(makeWorkspace());
      expect(await store.getWorkspace('ws_a')).toEqual(makeWorkspace());
      expect(await store.getWorkspace('ws_unknown')).toBeUndefined();
    });

    it('lists workspaces oldest first', async () => {
      const store = getStore();
      await store.createWorkspace(makeWorkspace({ id: 'ws_b', createdAt: T0 + 1 }));
      await store.createWorkspace(makeWorkspace({ id: 'ws_a', createdAt: T0 }));
      expect((await store.listWorkspaces()).map((workspace) => workspace.id)).toEqual(['ws_a', 'ws_b']);
    });

    it('refuses a second workspace with the same id', async () => {
      const store = getStore();
      await store.createWorkspace(makeWorkspace());
      await expect(store.createWorkspace(makeWorkspace({ name: 'Other' }))).rejects.toThrow();
      expect(await store.getWorkspace('ws_a')).toEqual(makeWorkspace());
    });

    it('hands out copies that do not change what is stored', async () => {
      const store = getStore();
      const workspace = makeWorkspace();
      await store.createWorkspace(workspace);
      workspace.name = 'Changed after create';
      const read = await store.getWorkspace('ws_a');
      read!.name = 'Changed after read';
      expect(await store.getWorkspace('ws_a')).toEqual(makeWorkspace());
    });
  });

  describe('bots', () => {
    it('reads back a saved bot with its agent and settings', async () => {
      const store = getStore();
      await store.createWorkspace(makeWorkspace());
      const bot = makeBot({ enabled: false });
      await store.saveBot(bot);
      expect(await store.getBot('ws_a', 'demo')).toEqual(bot);
      expect(await store.getBot('ws_a', 'unknown')).toBeUndefined();
    });

    it('replaces a bot saved again under the same id', async () => {
      const store = getStore();
      await store.createWorkspace(makeWorkspace());
      await store.saveBot(makeBot());
      const changed = makeBot({ name: 'Renamed', enabled: false, updatedAt: T0 + 5 });
      changed.settings.historyLimit = 5;
      await store.saveBot(changed);
      expect(await store.getBot('ws_a', 'demo')).toEqual(changed);
      expect(await store.listBots('ws_a')).toHaveLength(1);
    });

    it('keeps the same bot id in two workspaces apart', async () => {
      const store = getStore();
      await store.createWorkspace(makeWorkspace({ id: 'ws_a' }));
      await store.createWorkspace(makeWorkspace({ id: 'ws_b' }));
      await store.saveBot(makeBot({ workspaceId: 'ws_a', name: 'A' }));
      await store.saveBot(makeBot({ workspaceId: 'ws_b', name: 'B' }));
      expect((await store.getBot('ws_a', 'demo'))?.name).toBe('A');
      expect((await store.getBot('ws_b', 'demo'))?.name).toBe('B');
      expect((await store.listBots('ws_b')).map((bot) => bot.name)).toEqual(['B']);
      expect((await store.listBots()).map((bot) => `${bot.workspaceId}/${bot.id}`)).toEqual([
        'ws_a/demo',
        'ws_b/demo',
      ]);
    });

    it('refuses a bot whose workspace does not exist', async () => {
      await expect(getStore().saveBot(makeBot({ workspaceId: 'ws_missing' }))).rejects.toThrow();
    });
  });

  describe('tokens', () => {
    it('finds a token by the hash of its secret', async () => {
      const store = getStore();
      await store.createWorkspace(makeWorkspace());
      await store.createToken(makeToken());
      expect(await store.findTokenByHash('hash-1')).toEqual(makeToken());
      expect(await store.findTokenByHash('hash-unknown')).toBeUndefined();
    });

    it('lists tokens of one workspace or of all, oldest first', async () => {
      const store = getStore();
      await store.createWorkspace(makeWorkspace({ id: 'ws_a' }));
      await store.createWorkspace(makeWorkspace({ id: 'ws_b' }));
      await store.createToken(makeToken({ id: 'tok_2', hash: 'hash-2', createdAt: T0 + 2 }));
      await store.createToken(makeToken({ id: 'tok_1', hash: 'hash-1', createdAt: T0 + 1 }));
      await store.createToken(makeToken({ id: 'tok_3', hash: 'hash-3', workspaceId: 'ws_b', createdAt: T0 }));
      expect((await store.listTokens('ws_a')).map((token) => token.id)).toEqual(['tok_1', 'tok_2']);
      expect((await store.listTokens()).map((token) => token.id)).toEqual(['tok_3', 'tok_1', 'tok_2']);
    });

    it('refuses a second token with the same hash', async () => {
      const store = getStore();
      await store.createWorkspace(makeWorkspace());
      await store.createToken(makeToken());
      await expect(store.createToken(makeToken({ id: 'tok_2' }))).rejects.toThrow();
    });

    it('revokes a token once and keeps the first revocation time', async () => {
      const store = getStore();
      await store.createWorkspace(makeWorkspace());
      await store.createToken(makeToken());
      expect(await store.revokeToken('tok_1', T0 + 10)).toBe(true);
      expect(await store.revokeToken('tok_1', T0 + 20)).toBe(true);
      expect((await store.findTokenByHash('hash-1'))?.revokedAt).toBe(T0 + 10);
    });

    it('reports false when revoking an unknown token', async () => {
      expect(await getStore().revokeToken('tok_unknown', T0)).toBe(false);
    });

    it('records when a token was last used', async () => {
      const store = getStore();
      await store.createWorkspace(makeWorkspace());
      await store.createToken(makeToken());
      await store.touchToken('tok_1', T0 + 30);
      expect((await store.findTokenByHash('hash-1'))?.lastUsedAt).toBe(T0 + 30);
    });
  });
}
