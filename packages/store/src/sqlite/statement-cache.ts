/** Reuses prepared SQLite statements: Kysely's own driver prepares every query afresh, which dominated the hot path. */
import type { Database as BetterSqliteDatabase, Statement } from 'better-sqlite3';

/**
 * A `prepare` that returns a cached statement for SQL it has seen. Safe because each statement
 * runs to completion synchronously (`all` or `run`); the cache is bounded and drops the least
 * recently used statement when full.
 */
export function statementCache(database: BetterSqliteDatabase, maxSize = 500): (sql: string) => Statement {
  const statements = new Map<string, Statement>();
  return (sql) => {
    const cached = statements.get(sql);
    if (cached) {
      // Re-insert to mark it most recently used (Map keeps insertion order).
      statements.delete(sql);
      statements.set(sql, cached);
      return cached;
    }
    const statement = database.prepare(sql);
    statements.set(sql, statement);
    if (statements.size > maxSize) {
      const oldest = statements.keys().next().value;
      if (oldest !== undefined) statements.delete(oldest);
    }
    return statement;
  };
}
