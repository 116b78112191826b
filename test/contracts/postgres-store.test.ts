/**
 * Runs the Store contract against PostgreSQL, each store in a fresh schema that is dropped when
 * it closes. Skipped, with the reason printed, when PostgreSQL does not answer (never under CI=true).
 */
import type { Store } from '@frontdesk/core';
import { createPostgresStore } from '@frontdesk/store';
import { describe, it } from 'vitest';
import { createTestSchema, POSTGRES_TEST_URL, postgresReachable } from '../postgres-schema.js';
import { describeStoreContract } from './store-contract.js';

/** A migrated store in a schema of its own; closing it drops the schema. */
async function freshStore(): Promise<Store> {
  const { schema, drop } = await createTestSchema();
  const store = await createPostgresStore({ url: POSTGRES_TEST_URL, schema, maxConnections: 4 });
  const closeStore = store.close.bind(store);
  let closed: Promise<void> | undefined;
  return Object.assign(store, {
    close() {
      closed ??= closeStore().then(drop);
      return closed;
    },
  });
}

if (await postgresReachable()) {
  describeStoreContract('postgres', freshStore);
} else {
  describe.skip('postgres store contract', () => {
    it('needs PostgreSQL (see the line printed above)', () => {});
  });
}
