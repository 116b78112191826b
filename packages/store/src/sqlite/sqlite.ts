/** Opens a SQLite database file for Kysely and builds the Store on it. */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Store } from '@frontdesk/core';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler } from 'kysely';
import type { Database } from '../database.js';
import { migrateToLatest } from '../migrate.js';
import { createSqlStore } from '../sql-store.js';
import { GroupCommitDriver } from './group-commit-driver.js';
import { statementCache } from './statement-cache.js';
import { startWalCheckpointer } from './wal-checkpointer.js';

export interface SqliteStoreOptions {
  /** Path of the database file (its folder is created), or `:memory:`. */
  file: string;
}

const isInMemory = (file: string): boolean => file === ':memory:' || file === '';

/**
 * Opens (creating if needed) a SQLite database with the settings Frontdesk runs on: WAL journal,
 * foreign keys enforced, a 5 s busy timeout and `synchronous = NORMAL`. Does not migrate.
 */
export function openSqliteDatabase(file: string): Kysely<Database> {
  if (!isInMemory(file)) {
    mkdirSync(dirname(file), { recursive: true });
    // Owner-only, like secret.key: SQLite gives the -wal and -shm files the database file's mode.
    closeSync(openSync(file, 'a', 0o600));
    chmodSync(file, 0o600);
    for (const extra of ['-wal', '-shm']) if (existsSync(file + extra)) chmodSync(file + extra, 0o600);
  }
  const database = new BetterSqlite3(file);
  try {
    database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
    // Safe with WAL: a power cut may lose the last commits but never corrupts the file.
    database.pragma('synchronous = NORMAL');
  } catch (error) {
    database.close();
    throw error;
  }
  const prepare = statementCache(database);
  // A file database checkpoints its WAL in a worker thread, not inside a request's commit.
  const checkpointer = isInMemory(file) ? undefined : startWalCheckpointer(file);
  if (checkpointer) database.pragma('wal_autocheckpoint = 0');
  return new Kysely<Database>({
    dialect: {
      createDriver: () =>
        new GroupCommitDriver({
          database,
          prepare,
          ...(checkpointer ? { beforeClose: () => checkpointer.stop() } : {}),
        }),
      createQueryCompiler: () => new SqliteQueryCompiler(),
      createAdapter: () => new SqliteAdapter(),
      createIntrospector: (db) => new SqliteIntrospector(db),
    },
  });
}

/** Opens the SQLite database at `file`, runs pending migrations, and returns the Store. */
export async function createSqliteStore({ file }: SqliteStoreOptions): Promise<Store> {
  const db = openSqliteDatabase(file);
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return createSqlStore(db);
}
