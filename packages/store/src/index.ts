/** The public surface of @frontdesk/store: SQL implementations of the core's Store port. */
export type * from './database.js';
export { listMigrations, type MigrationStatus, migrateToLatest } from './migrate.js';
export {
  createStore,
  type DatabaseTarget,
  describeDatabase,
  isPostgresUrl,
  openDatabase,
} from './open-database.js';
export {
  createPostgresStore,
  openPostgresDatabase,
  type PostgresStoreOptions,
} from './postgres/open-postgres.js';
export {
  createPostgresVectorStore,
  type PostgresVectorStore,
} from './postgres/postgres-vector-store.js';
export { createSqlStore } from './sql-store.js';
export { createSqliteStore, openSqliteDatabase, type SqliteStoreOptions } from './sqlite/sqlite.js';
export { createSqliteVectorStore, type SqliteVectorStore } from './sqlite/sqlite-vector-store.js';
