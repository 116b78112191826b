/** DATABASE_URL picks the database: PostgreSQL for a postgres:// URL, else the SQLite file. */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore, describeDatabase, isPostgresUrl } from '@frontdesk/store';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSchema, POSTGRES_TEST_URL, postgresReachable } from '../postgres-schema.js';
import { seedConversation } from './store-fixtures.js';

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'frontdesk-open-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('choosing the database', () => {
  it('takes postgres:// and postgresql:// URLs as PostgreSQL, anything else as not', () => {
    expect(isPostgresUrl('postgres://db/frontdesk')).toBe(true);
    expect(isPostgresUrl('postgresql://db/frontdesk')).toBe(true);
    expect(isPostgresUrl('mysql://db/frontdesk')).toBe(false);
    expect(isPostgresUrl(undefined)).toBe(false);
  });

  it('names where the data lives without the password', () => {
    const sqliteFile = '/data/frontdesk.db';
    expect(describeDatabase({ sqliteFile })).toBe(sqliteFile);
    const named = describeDatabase({ databaseUrl: 'postgres://fd:s3cret@db:5432/frontdesk', sqliteFile });
    expect(named).toBe('PostgreSQL at postgres://fd:***@db:5432/frontdesk');
  });

  it('says which PostgreSQL did not answer, without its password', async () => {
    const databaseUrl = 'postgres://fd:s3cret@127.0.0.1:1/frontdesk';
    const failure = await createStore({ databaseUrl, sqliteFile: join(directory, 'no', 'x.db') }).then(
      () => new Error('opened'),
      (error: Error) => error,
    );
    expect(failure.message).toMatch(
      /^PostgreSQL not reachable at postgres:\/\/fd:\*\*\*@127\.0\.0\.1:1\/frontdesk: /,
    );
    expect(failure.message).not.toContain('s3cret');
  });

  it('uses the SQLite file when there is no URL', async () => {
    const sqliteFile = join(directory, 'sqlite', 'frontdesk.db');
    const store = await createStore({ sqliteFile });
    await seedConversation(store);
    await store.close();
    expect(existsSync(sqliteFile)).toBe(true);
  });
});

const reachable = await postgresReachable();

describe.skipIf(!reachable)('DATABASE_URL=postgres://…', () => {
  it('keeps the data in PostgreSQL and creates no SQLite file', async () => {
    const { schema, drop } = await createTestSchema();
    try {
      const sqliteFile = join(directory, 'unused', 'frontdesk.db');
      // The search path can ride in the URL, as a deployment may set it.
      const databaseUrl = `${POSTGRES_TEST_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      const store = await createStore({ databaseUrl, sqliteFile });
      await seedConversation(store);
      await store.close();
      expect(existsSync(sqliteFile)).toBe(false);

      const client = new pg.Client({ connectionString: POSTGRES_TEST_URL });
      await client.connect();
      try {
        const { rows } = await client.query(`SELECT id FROM ${schema}.conversations`);
        expect(rows).toEqual([{ id: 'conv_1' }]);
      } finally {
        await client.end();
      }
    } finally {
      await drop();
    }
  });
});
