/**
 * Runs the Store contract against PostgreSQL, each store in a fresh schema that is dropped when
 * it closes; the lease tests claim through a second pool on that schema, as a second instance
 * would. Skipped, with the reason printed, when PostgreSQL does not answer (never under CI=true).
 */
import type { Store } from '@frontdesk/core';
import { createPostgresStore, listMigrations, migrateToLatest, openPostgresDatabase } from '@frontdesk/store';
import pg from 'pg';
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

    it('looks only at its own schema: tables dropped meanwhile in another schema break nothing', async () => {
      const store = await freshStore();
      let churning = true;
      const churn = (async () => {
        const admin = new pg.Client({ connectionString: POSTGRES_TEST_URL });
        await admin.connect();
        try {
          for (let round = 0; churning; round++) {
            const other = `t_churn_${process.pid}_${round}`;
            await admin.query(`CREATE SCHEMA ${other}`);
            for (const table of ['a', 'b', 'c', 'd'])
              await admin.query(
                `CREATE TABLE ${other}.${table} (id serial primary key, workspace_id text, name text)`,
              );
            await admin.query(`DROP SCHEMA ${other} CASCADE`);
          }
        } finally {
          await admin.end();
        }
      })();
      try {
        await seedConversation(store);
        for (let round = 0; round < 25; round++) {
          expect(await store.countWorkspace('ws_a')).toMatchObject({ bots: 1, conversations: 1 });
          expect(await store.countBot('ws_a', 'demo')).toMatchObject({ conversations: 1 });
        }
        const peer = await openPeer(store);
        await peer.close();
      } finally {
        churning = false;
        await churn;
        await store.close();
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
