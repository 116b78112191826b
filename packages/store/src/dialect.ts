/** Which SQL dialect a Kysely instance speaks, for the few statements SQLite and PostgreSQL spell differently. */
import { PostgresAdapter, type QueryExecutorProvider } from 'kysely';

/** True when `db` (a Kysely instance or a transaction of one) runs on PostgreSQL; false on SQLite. */
export function isPostgres(db: QueryExecutorProvider): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
