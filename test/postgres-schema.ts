/**
 * PostgreSQL for tests: where it is (TEST_DATABASE_URL, else the local `test` database), whether it
 * answers, and a fresh schema per store so parallel test files never see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { serviceReachable } from './service-check.js';

export const POSTGRES_TEST_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** True when PostgreSQL answers at `url` (POSTGRES_TEST_URL); see `serviceReachable` for skipping and CI. */
export function postgresReachable(url = POSTGRES_TEST_URL): Promise<boolean> {
  return serviceReachable('PostgreSQL', url, async () => {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2500 });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.query('select 1');
    } finally {
      await client.end().catch(() => {});
    }
  });
}

/** Runs one statement on its own connection. */
async function run(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_TEST_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A new empty schema `t_<random>`; `drop()` removes it and everything in it. */
export async function createTestSchema(): Promise<{ schema: string; drop(): Promise<void> }> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  await run(`CREATE SCHEMA ${schema}`);
  return { schema, drop: () => run(`DROP SCHEMA IF EXISTS ${schema} CASCADE`) };
}
