/** Store contract: members' password hashes and invitation links; an invitation works once, also across instances. */
import type { Invitation, MemberPassword, Store } from '@frontdesk/core';
import { describe, expect, it } from 'vitest';
import type { OpenPeer } from './store-contract-outbox-leases.js';
import { T0 } from './store-fixtures.js';

const password = (overrides: Partial<MemberPassword> = {}): MemberPassword => ({
  workspaceId: 'ws_a',
  memberId: 'mem_1',
  email: 'ada@example.com',
  hash: '$argon2id$first',
  updatedAt: T0,
  ...overrides,
});

const invitation = (overrides: Partial<Invitation> = {}): Invitation => ({
  id: 'inv_1',
  workspaceId: 'ws_a',
  memberId: 'mem_1',
  hash: 'sha-of-link',
  createdAt: T0,
  expiresAt: T0 + 86_400_000,
  usedAt: null,
  ...overrides,
});

const byWorkspace = (rows: MemberPassword[]) =>
  [...rows].sort((left, right) => left.workspaceId.localeCompare(right.workspaceId));

export function describeAccountSecretContract(getStore: () => Store, openPeer: OpenPeer): void {
  describe('account secrets', () => {
    it('keeps one password per member, found by e-mail across workspaces, until deleted', async () => {
      const store = getStore();
      await store.setPassword(password());
      await store.setPassword(password({ hash: '$argon2id$second', updatedAt: T0 + 5 }));
      await store.setPassword(password({ workspaceId: 'ws_b' }));
      await store.setPassword(password({ memberId: 'mem_2', email: 'bob@example.com' }));
      expect(byWorkspace(await store.findPasswordsByEmail('ada@example.com'))).toEqual([
        password({ hash: '$argon2id$second', updatedAt: T0 + 5 }),
        password({ workspaceId: 'ws_b' }),
      ]);
      expect(await store.deletePassword('ws_a', 'mem_1')).toBe(true);
      expect(await store.deletePassword('ws_a', 'mem_1')).toBe(false);
      expect(await store.findPasswordsByEmail('ada@example.com')).toEqual([
        password({ workspaceId: 'ws_b' }),
      ]);
      expect(await store.findPasswordsByEmail('nobody@example.com')).toEqual([]);
    });

    it('finds an invitation by its hash and lets it be used once', async () => {
      const store = getStore();
      await store.saveInvitation(invitation());
      expect(await store.findInvitationByHash('sha-of-link')).toEqual(invitation());
      expect(await store.findInvitationByHash('other')).toBeUndefined();
      expect(await store.useInvitation('inv_1', T0 + 10)).toBe(true);
      expect(await store.useInvitation('inv_1', T0 + 20)).toBe(false);
      expect(await store.useInvitation('inv_unknown', T0)).toBe(false);
      expect((await store.findInvitationByHash('sha-of-link'))?.usedAt).toBe(T0 + 10);
    });

    it('lets exactly one of several concurrent uses of an invitation win, on two instances', async () => {
      const store = getStore();
      await store.saveInvitation(invitation());
      const peer = await openPeer(store);
      try {
        const uses = [store, peer, store, peer].map((instance, index) =>
          instance.useInvitation('inv_1', T0 + index),
        );
        expect((await Promise.all(uses)).filter(Boolean)).toHaveLength(1);
      } finally {
        if (peer !== store) await peer.close();
      }
    });
  });
}
