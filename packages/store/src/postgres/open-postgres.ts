/** Opens a PostgreSQL database for Kysely (the `pg` driver with a pool) and builds the Store on it. */
import type { Store } from '@frontdesk/core';
import { Kysely, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../database.js';
import { migrateToLatest } from '../migrate.js';
import { createSqlStore } from '../sql-store.js';
import { redactedUrl } from './redacted-url.js';
import { CurrentSchemaPostgresDialect } from './schema-introspector.js';

export interface PostgresStoreOptions {
  /** `postgres://user:password@host:5432/database` (or `postgresql://`). */
  url: string;
  /** The schema the tables live in (it must exist); default: the server's search_path (`public`). */
  schema?: string;
  /** Connections in the pool; default 10. */
  maxConnections?: number;
  /** How long to wait for a connection before giving up; default 10 s. */
  connectTimeoutMs?: number;
}

const INT8 = 20;

/**
 * Timestamps are `bigint` milliseconds; `pg` hands int8 back as a string unless told otherwise.
 * Set on this pool only, so other `pg` users in the process keep their parsers.
 */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8 && format !== 'binary') return (value: string) => Number(value);
    // biome-ignore lint/suspicious/noExplicitAny: pg's own lookup is typed per format.
    return pg.types.getTypeParser(oid, format as any);
  },
};

/** A schema name as an identifier for `search_path`: letters, digits and `_` only. */
function checkedSchema(schema: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema))
    throw new Error(`Invalid PostgreSQL schema name "${schema}".`);
  return schema;
}

/** A pool on `url`; nothing connects until the first query. Does not migrate. */
export function openPostgresDatabase(options: PostgresStoreOptions): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    // pg waits forever by default: a database that does not answer must not hang the start.
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    types,
    ...(options.schema ? { options: `-c search_path=${checkedSchema(options.schema)}` } : {}),
  });
  // An idle connection the server drops must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  return new Kysely<Database>({ dialect: new CurrentSchemaPostgresDialect({ pool }) });
}

/** Connects to PostgreSQL, runs pending migrations (one instance at a time), and returns the Store. */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const db = openPostgresDatabase(options);
  try {
    try {
      await sql`select 1`.execute(db);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`PostgreSQL not reachable at ${redactedUrl(options.url)}: ${reason}`, { cause: error });
    }
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return createSqlStore(db);
}
