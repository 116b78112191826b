/** The Store contract: every implementation (memory, SQLite, PostgreSQL) must pass it. */
import type { Store } from '@frontdesk/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeAccountSecretContract } from './store-contract-accounts.js';
import { describeAnalyticsContract } from './store-contract-analytics.js';
import { describeBotDeletionContract } from './store-contract-bots.js';
import { describeChannelContract } from './store-contract-channels.js';
import { describeConversationContract } from './store-contract-conversations.js';
import { describeCredentialContract } from './store-contract-credentials.js';
import { describeDeletionContract } from './store-contract-deletes.js';
import { describeDeskContract } from './store-contract-desk.js';
import { describeDeskWorkContract } from './store-contract-desk-work.js';
import { describeFactContract } from './store-contract-facts.js';
import { describeInstanceContract } from './store-contract-instances.js';
import { describeMarkerContract } from './store-contract-markers.js';
import { describeMemberContract } from './store-contract-members.js';
import { describeOutboxContract } from './store-contract-outbox.js';
import { describeOutboxLeaseContract, type OpenPeer } from './store-contract-outbox-leases.js';
import { describeRequestLogContract } from './store-contract-request-log.js';
import { describeSessionContract } from './store-contract-sessions.js';
import { describeTicketContract } from './store-contract-tickets.js';
import { describeUploadContract } from './store-contract-uploads.js';
import { describeWorkspaceContract } from './store-contract-workspaces.js';

/**
 * Registers the whole contract suite; `makeStore` must return a fresh, empty store each call.
 * `openPeer` opens a second store on the same database, as another instance would (PostgreSQL);
 * without it the concurrency tests race claims on the one store.
 */
export function describeStoreContract(
  name: string,
  makeStore: () => Promise<Store>,
  openPeer: OpenPeer = async (store) => store,
): void {
  describe(`${name} store contract`, () => {
    let store: Store;
    const getStore = () => store;

    beforeEach(async () => {
      store = await makeStore();
    });

    afterEach(async () => {
      await store.close();
    });

    describeWorkspaceContract(getStore);
    describeConversationContract(getStore);
    describeTicketContract(getStore);
    describeMarkerContract(getStore);
    describeFactContract(getStore);
    describeCredentialContract(getStore);
    describeOutboxContract(getStore);
    describeOutboxLeaseContract(getStore, openPeer);
    describeInstanceContract(getStore, openPeer);
    describeDeskContract(getStore);
    describeDeskWorkContract(getStore);
    describeSessionContract(getStore);
    describeBotDeletionContract(getStore);
    describeMemberContract(getStore);
    describeDeletionContract(getStore);
    describeAccountSecretContract(getStore, openPeer);
    describeChannelContract(getStore);
    describeAnalyticsContract(getStore);
    describeUploadContract(getStore);
    describeRequestLogContract(getStore);

    describe('lifecycle', () => {
      it('answers a ping while open', async () => {
        await expect(store.ping()).resolves.toBeUndefined();
      });

      it('can be closed twice', async () => {
        await store.close();
        await expect(store.close()).resolves.toBeUndefined();
      });
    });
  });
}
