/**
 * Runs the Store contract against PostgreSQL, each store in a fresh schema that is dropped when
 * it closes; the lease tests claim through a second pool on that schema, as a second instance
 * would. Skipped, with the reason printed, when PostgreSQL does not answer (never under CI=true).
 */
import type { Store } from '@frontdesk/core';
import { createPostgresStore, listMigrations, migrateToLatest, openPostgresDatabase } from '@frontdesk/store';
import { describe, expect, it } from 'vitest';
import { createTestSchema, POSTGRES_TEST_URL, postgresReachable } from '../postgres-schema.js';
import { describeStoreContract } from './store-contract.js';
import { seedConversation } from './store-fixtures.js';

const schemaOf = new WeakMap<Store, string>();

const open = (schema: string) => createPostgresStore({ url: POSTGRES_TEST_URL, schema, maxConnections: 4 });

/** A migrated store in a schema of its own; closing it drops the schema. */
async function freshStore(): Promise<Store> {
  const { schema, drop } = await createTestSchema();
  const store = await open(schema);
  const closeStore = store.close.bind(store);
  let closed: Promise<void> | undefined;
  Object.assign(store, {
    close() {
      closed ??= closeStore().then(drop);
      return closed;
    },
  });
  schemaOf.set(store, schema);
  return store;
}

/** Another instance: its own pool on the same schema (its migrations find nothing to do). */
async function openPeer(store: Store): Promise<Store> {
  const schema = schemaOf.get(store);
  if (!schema) throw new Error('Not a store of this suite.');
  return open(schema);
}

if (await postgresReachable()) {
  describeStoreContract('postgres', freshStore, openPeer);

  describe('createPostgresStore', () => {
    it('migrates its own schema while another schema of the database holds Frontdesk too', async () => {
      const other = await freshStore();
      await seedConversation(other);
      const store = await freshStore();
      try {
        await seedConversation(store);
        expect(await store.listWorkspaces()).toHaveLength(1);
      } finally {
        await store.close();
        await other.close();
      }
    });

    it('lets two instances start at once on an empty schema; each migration runs once', async () => {
      const { schema, drop } = await createTestSchema();
      try {
        const stores = await Promise.all([open(schema), open(schema), open(schema)]);
        await seedConversation(stores[0] as Store);
        expect(await stores[1]?.listWorkspaces()).toHaveLength(1);
        const db = openPostgresDatabase({ url: POSTGRES_TEST_URL, schema });
        const migrations = await listMigrations(db);
        expect(migrations.length).toBeGreaterThan(10);
        expect(migrations.every((migration) => migration.executedAt !== null)).toBe(true);
        expect(await migrateToLatest(db)).toEqual([]);
        await db.destroy();
        await Promise.all(stores.map((store) => store.close()));
      } finally {
        await drop();
      }
    });
  });
} else {
  describe.skip('postgres store contract', () => {
    it('needs PostgreSQL (see the line printed above)', () => {});
  });
}
