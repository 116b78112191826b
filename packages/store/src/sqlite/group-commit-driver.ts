/**
 * A Kysely driver for one better-sqlite3 connection that commits the writes of concurrent
 * requests together. A write outside an explicit transaction joins an open group transaction
 * and its promise settles only when the group commits, a moment later (setImmediate): callers
 * still never hear "done" before their write is committed, but many writes share one commit.
 * Explicit transactions run alone: the group is committed first, and other queries wait.
 */
import type { Database as BetterSqliteDatabase, Statement } from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

/** Statements that change data; `INSERT … RETURNING` reads rows but is a write too. */
const WRITE = /^\s*(insert|update|delete|replace)\b/i;

interface Waiter {
  resolve(): void;
  reject(error: unknown): void;
}

export interface GroupCommitOptions {
  database: BetterSqliteDatabase;
  /** Returns a prepared statement for `sql` (a cache in production). */
  prepare(sql: string): Statement;
  /** Runs before the connection closes (stops helpers that hold their own connections). */
  beforeClose?: () => Promise<void>;
}

function run(statement: Statement, parameters: readonly unknown[]): QueryResult<unknown> {
  if (statement.reader) return { rows: statement.all(parameters) };
  const { changes, lastInsertRowid } = statement.run(parameters);
  return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
}

/** The driver; one instance per database. */
export class GroupCommitDriver implements Driver {
  readonly #options: GroupCommitOptions;
  #group: Waiter[] | undefined;
  #transaction: { connection: DatabaseConnection; done: Promise<void>; end(): void } | undefined;

  constructor(options: GroupCommitOptions) {
    this.#options = options;
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    const driver = this;
    const connection: DatabaseConnection = {
      async executeQuery<Row>(compiled: CompiledQuery): Promise<QueryResult<Row>> {
        // Another request's explicit transaction owns the connection: wait for it to end.
        while (driver.#transaction && driver.#transaction.connection !== connection) {
          await driver.#transaction.done;
        }
        return driver.#execute(compiled, connection) as Promise<QueryResult<Row>>;
      },
      // biome-ignore lint/correctness/useYield: streaming is not used by Frontdesk; say so loudly.
      async *streamQuery() {
        throw new Error('Streaming queries are not supported by the group-commit driver.');
      },
    };
    return connection;
  }

  async beginTransaction(connection: DatabaseConnection, _settings: TransactionSettings): Promise<void> {
    while (this.#transaction) await this.#transaction.done;
    let end = () => {};
    const done = new Promise<void>((resolve) => {
      end = resolve;
    });
    this.#transaction = { connection, done, end };
    this.#flush();
    this.#sql('begin');
  }

  async commitTransaction(): Promise<void> {
    try {
      this.#sql('commit');
    } finally {
      this.#endTransaction();
    }
  }

  async rollbackTransaction(): Promise<void> {
    try {
      if (this.#options.database.inTransaction) this.#sql('rollback');
    } finally {
      this.#endTransaction();
    }
  }

  async savepoint(connection: DatabaseConnection, name: string) {
    await connection.executeQuery(CompiledQuery.raw(`savepoint "${name}"`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string) {
    await connection.executeQuery(CompiledQuery.raw(`rollback to "${name}"`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string) {
    await connection.executeQuery(CompiledQuery.raw(`release "${name}"`));
  }

  async releaseConnection(): Promise<void> {}

  async destroy(): Promise<void> {
    while (this.#transaction) await this.#transaction.done;
    this.#flush();
    await this.#options.beforeClose?.();
    this.#options.database.close();
  }

  #execute(compiled: CompiledQuery, connection: DatabaseConnection): Promise<QueryResult<unknown>> {
    const statement = this.#options.prepare(compiled.sql);
    const grouped = this.#transaction?.connection !== connection && WRITE.test(compiled.sql);
    if (!grouped) return Promise.resolve(run(statement, compiled.parameters));

    if (!this.#group) {
      this.#sql('begin');
      this.#group = [];
      setImmediate(() => this.#flush());
    }
    const group = this.#group;
    let result: QueryResult<unknown>;
    try {
      result = run(statement, compiled.parameters);
    } catch (error) {
      // Some errors (disk full, I/O) make SQLite roll the whole transaction back: fail the group.
      if (!this.#options.database.inTransaction) this.#fail(group, error);
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      group.push({ resolve: () => resolve(result), reject });
    });
  }

  /** Commits the open group, settling every write in it. */
  #flush(): void {
    const group = this.#group;
    if (!group) return;
    this.#group = undefined;
    try {
      this.#sql('commit');
    } catch (error) {
      this.#fail(group, error);
      return;
    }
    for (const waiter of group) waiter.resolve();
  }

  #fail(group: Waiter[], error: unknown): void {
    if (this.#group === group) this.#group = undefined;
    try {
      if (this.#options.database.inTransaction) this.#sql('rollback');
    } catch {
      // Already rolled back by SQLite.
    }
    for (const waiter of group) waiter.reject(error);
  }

  #endTransaction(): void {
    const transaction = this.#transaction;
    this.#transaction = undefined;
    transaction?.end();
  }

  #sql(sql: string): void {
    this.#options.prepare(sql).run();
  }
}
