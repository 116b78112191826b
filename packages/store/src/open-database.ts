/** Picks the database from the settings: PostgreSQL when a postgres:// URL is given, else the SQLite file. */
import type { Store } from '@frontdesk/core';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { createPostgresStore, openPostgresDatabase } from './postgres/open-postgres.js';
import { redactedUrl } from './postgres/redacted-url.js';
import { createSqliteStore, openSqliteDatabase } from './sqlite/sqlite.js';

export interface DatabaseTarget {
  /** `DATABASE_URL`; a `postgres://` or `postgresql://` URL selects PostgreSQL. */
  databaseUrl?: string | undefined;
  /** The SQLite file used when there is no PostgreSQL URL. */
  sqliteFile: string;
}

/** True for `postgres://…` and `postgresql://…`. */
export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//i.test(url);
}

/** Where the data lives, for messages: the file, or the URL without its password. */
export function describeDatabase(target: DatabaseTarget): string {
  if (!isPostgresUrl(target.databaseUrl)) return target.sqliteFile;
  return `PostgreSQL at ${redactedUrl(target.databaseUrl)}`;
}

/** Opens the target's database without migrating (for `frontdesk migrate`). */
export function openDatabase(target: DatabaseTarget): Kysely<Database> {
  return isPostgresUrl(target.databaseUrl)
    ? openPostgresDatabase({ url: target.databaseUrl })
    : openSqliteDatabase(target.sqliteFile);
}

/** Opens the target's database, runs pending migrations and returns the Store. */
export function createStore(target: DatabaseTarget): Promise<Store> {
  return isPostgresUrl(target.databaseUrl)
    ? createPostgresStore({ url: target.databaseUrl })
    : createSqliteStore({ file: target.sqliteFile });
}
