// Passwords and invitation links in the store, the same on the in-memory and the SQLite store.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Invitation, Store } from '@frontdesk/core';
import { createMemoryStore } from '@frontdesk/core/testing';
import { createSqliteStore } from '@frontdesk/store';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'frontdesk-account-secrets-'));
});
afterAll(() => rm(directory, { recursive: true, force: true }));

const invitation = (id: string, hash: string): Invitation => ({
  id,
  workspaceId: 'ws_a',
  memberId: 'mem_1',
  hash,
  createdAt: 1,
  expiresAt: 1_000,
  usedAt: null,
});

for (const [name, open] of [
  ['memory', async () => createMemoryStore()],
  ['sqlite', () => createSqliteStore({ file: join(directory, `${Math.random()}.db`) })],
] as [string, () => Promise<Store>][]) {
  describe(`account secrets (${name})`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });

    it('keeps one password per member, found by e-mail across workspaces, and replaces it', async () => {
      await store.setPassword({
        workspaceId: 'ws_a',
        memberId: 'mem_1',
        email: 'ana@example.com',
        hash: 'h1',
        updatedAt: 1,
      });
      await store.setPassword({
        workspaceId: 'ws_b',
        memberId: 'mem_9',
        email: 'ana@example.com',
        hash: 'h9',
        updatedAt: 2,
      });
      await store.setPassword({
        workspaceId: 'ws_a',
        memberId: 'mem_1',
        email: 'ana@example.com',
        hash: 'h2',
        updatedAt: 3,
      });
      const rows = await store.findPasswordsByEmail('ana@example.com');
      expect(rows.map((row) => [row.workspaceId, row.hash, row.updatedAt]).sort()).toEqual([
        ['ws_a', 'h2', 3],
        ['ws_b', 'h9', 2],
      ]);
      expect(await store.findPasswordsByEmail('bo@example.com')).toEqual([]);
      expect(await store.deletePassword('ws_a', 'mem_1')).toBe(true);
      expect(await store.deletePassword('ws_a', 'mem_1')).toBe(false);
      expect((await store.findPasswordsByEmail('ana@example.com')).length).toBe(1);
      await store.close();
    });

    it('finds an invitation by hash and lets it be used once', async () => {
      await store.saveInvitation(invitation('inv_1', 'abc'));
      expect(await store.findInvitationByHash('abc')).toEqual(invitation('inv_1', 'abc'));
      expect(await store.findInvitationByHash('nope')).toBeUndefined();
      expect(await store.useInvitation('inv_1', 50)).toBe(true);
      expect(await store.useInvitation('inv_1', 60)).toBe(false);
      expect((await store.findInvitationByHash('abc'))?.usedAt).toBe(50);
      expect(await store.useInvitation('inv_unknown', 60)).toBe(false);
      await store.close();
    });
  });
}
