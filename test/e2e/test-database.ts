/**
 * Which database the e2e servers use. Unset FRONTDESK_TEST_DATABASE_URL: SQLite in each server's
 * data folder. Set (e.g. `postgres://postgres@127.0.0.1:5432/test`, as `npm run test:postgres`
 * does): PostgreSQL, one fresh schema per data folder — a restart on the same folder finds its
 * rows again, test files running in parallel never share any — dropped after the test file.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Store } from '@frontdesk/core';
import { createPostgresStore, createSqliteStore } from '@frontdesk/store';
import pg from 'pg';

/** The PostgreSQL the e2e servers run on, or undefined for SQLite. */
export const E2E_DATABASE_URL = process.env.FRONTDESK_TEST_DATABASE_URL || undefined;

/** True when the e2e servers run on PostgreSQL: SQLite-only checks (files, WAL) skip themselves. */
export const onPostgres = E2E_DATABASE_URL !== undefined;

const created = new Set<string>();

async function run<T extends object = object>(statement: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(statement)).rows;
  } finally {
    await client.end();
  }
}

/** The schema for `dataDir`: named after the folder, so every start on one folder gets the same. */
export function schemaFor(dataDir: string): string {
  return `e2e_${createHash('sha256').update(dataDir).digest('hex').slice(0, 20)}`;
}

/** `E2E_DATABASE_URL` with `schema` as the search path, as `DATABASE_URL` for a server. */
function urlWithSchema(schema: string): string {
  const url = new URL(E2E_DATABASE_URL as string);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

/**
 * The environment a server on `dataDir` needs for its database: `{}` on SQLite; on PostgreSQL
 * `DATABASE_URL` naming the folder's schema, created now if it is new.
 */
export async function databaseEnv(dataDir: string): Promise<Record<string, string>> {
  if (!E2E_DATABASE_URL) return {};
  const schema = schemaFor(dataDir);
  if (!created.has(schema)) {
    await run(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    created.add(schema);
  }
  return { DATABASE_URL: urlWithSchema(schema) };
}

/** A second connection to the database a server on `dataDir` uses, to arrange and inspect rows. */
export async function openTestStore(dataDir: string): Promise<Store> {
  const env = await databaseEnv(dataDir);
  return env.DATABASE_URL
    ? createPostgresStore({ url: env.DATABASE_URL })
    : createSqliteStore({ file: join(dataDir, 'frontdesk.db') });
}

/** Every row of every table in `dataDir`'s schema, as text (what a database dump would show). */
export async function postgresRowsText(dataDir: string): Promise<string> {
  const schema = schemaFor(dataDir);
  const tables = await run<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = '${schema}'`,
  );
  const rows = await Promise.all(
    tables.map(({ name }) => run<{ row: string }>(`SELECT t::text AS row FROM ${schema}."${name}" t`)),
  );
  return rows
    .flat()
    .map(({ row }) => row)
    .join('\n');
}

/** Drops every schema this test file created (registered as an afterAll by test/e2e-database-setup.ts). */
export async function dropTestSchemas(): Promise<void> {
  for (const schema of [...created]) {
    await run(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    created.delete(schema);
  }
}
