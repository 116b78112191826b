// Runs one migration test on SQLite (a fresh file) and, when it is reachable, on PostgreSQL (a fresh schema).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, it } from 'vitest';
import type { Database } from '../packages/store/src/database.js';
import { openPostgresDatabase } from '../packages/store/src/postgres/open-postgres.js';
import { openSqliteDatabase } from '../packages/store/src/sqlite/sqlite.js';
import { createTestSchema, POSTGRES_TEST_URL, postgresReachable } from './postgres-schema.js';

const postgres = await postgresReachable();

/**
 * Registers `it(title (SQLite))` and `it(title (PostgreSQL))`, each handing `run` a database at no
 * migration; the PostgreSQL one also gets the schema that keeps Kysely's migration tables.
 */
export function itOnEveryDatabase(
  title: string,
  run: (db: Kysely<Database>, migrationTableSchema?: string) => Promise<void>,
): void {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it(`${title} (SQLite)`, async () => {
    const directory = mkdtempSync(join(tmpdir(), 'frontdesk-migration-'));
    const db = openSqliteDatabase(join(directory, 'frontdesk.db'));
    cleanups.push(
      () => db.destroy(),
      () => rmSync(directory, { recursive: true, force: true }),
    );
    await run(db);
  });

  it.skipIf(!postgres)(`${title} (PostgreSQL)`, async () => {
    const { schema, drop } = await createTestSchema();
    const db = openPostgresDatabase({ url: POSTGRES_TEST_URL, schema });
    cleanups.push(() => db.destroy(), drop);
    await run(db, schema);
  });
}
