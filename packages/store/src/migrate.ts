/** Runs the versioned schema migrations and reports what ran. */
import { type Kysely, Migrator, sql } from 'kysely';
import type { Database } from './database.js';
import { isPostgres } from './dialect.js';
import { migrationProvider } from './migrations/index.js';

/** One migration and whether it has run on this database. */
export interface MigrationStatus {
  name: string;
  /** When it ran, or null while pending. */
  executedAt: Date | null;
}

/**
 * On PostgreSQL Kysely looks for its bookkeeping tables in every schema unless told one, so a
 * second Frontdesk (or another Kysely app) elsewhere in the database would fool it: name the
 * schema the store works in, the first of its search path.
 */
async function createMigrator(db: Kysely<Database>): Promise<Migrator> {
  // Numbers are reserved per piece of work and land in any order: a database that already ran a
  // later one still takes an earlier one that arrives after it.
  const allowUnorderedMigrations = true;
  if (!isPostgres(db)) return new Migrator({ db, provider: migrationProvider, allowUnorderedMigrations });
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('PostgreSQL has no schema to migrate: none of the search_path exists.');
  return new Migrator({
    db,
    provider: migrationProvider,
    migrationTableSchema: schema,
    allowUnorderedMigrations,
  });
}

/**
 * Brings the schema to the latest version. Returns the names of the migrations this call ran,
 * oldest first (empty when the schema was already current). Throws when one fails; the failed
 * migration is rolled back.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const { error, results = [] } = await (await createMigrator(db)).migrateToLatest();
  if (error) {
    const failed = results.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${failed} failed: ${reason}`, { cause: error });
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}

/** Every known migration, oldest first, with when it ran; for `frontdesk migrate --status`. */
export async function listMigrations(db: Kysely<Database>): Promise<MigrationStatus[]> {
  const migrations = await (await createMigrator(db)).getMigrations();
  return migrations.map((migration) => ({ name: migration.name, executedAt: migration.executedAt ?? null }));
}
