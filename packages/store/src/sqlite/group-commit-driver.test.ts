import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GroupCommitDriver } from './group-commit-driver.js';
import { statementCache } from './statement-cache.js';

interface Tables {
  notes: { id: string; body: string };
}

describe('GroupCommitDriver', () => {
  let dir: string;
  let file: string;
  let db: Kysely<Tables>;
  let commits: number;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'frontdesk-group-'));
    file = join(dir, 'test.db');
    const database = new BetterSqlite3(file);
    database.pragma('journal_mode = WAL');
    const cached = statementCache(database);
    commits = 0;
    const prepare = (text: string) => {
      if (text === 'commit') commits++;
      return cached(text);
    };
    db = new Kysely<Tables>({
      dialect: {
        createDriver: () => new GroupCommitDriver({ database, prepare }),
        createQueryCompiler: () => new SqliteQueryCompiler(),
        createAdapter: () => new SqliteAdapter(),
        createIntrospector: (kysely) => new SqliteIntrospector(kysely),
      },
    });
    await sql`create table notes (id text primary key, body text not null)`.execute(db);
    commits = 0;
  });

  afterEach(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A second, independent connection: it sees only what was committed. */
  const committedIds = () => {
    const reader = new BetterSqlite3(file, { readonly: true });
    try {
      return (reader.prepare('select id from notes order by id').all() as { id: string }[]).map(
        (row) => row.id,
      );
    } finally {
      reader.close();
    }
  };

  it('commits concurrent writes together, and each write is committed when its promise settles', async () => {
    const ids = Array.from({ length: 50 }, (_, index) => `n${String(index).padStart(2, '0')}`);
    await Promise.all(ids.map((id) => db.insertInto('notes').values({ id, body: 'x' }).execute()));
    expect(commits).toBeLessThanOrEqual(2);
    expect(committedIds()).toEqual(ids);
    await db.insertInto('notes').values({ id: 'z', body: 'alone' }).execute();
    expect(committedIds()).toContain('z');
  });

  it('fails only the write that broke a constraint; the rest of its group commits', async () => {
    await db.insertInto('notes').values({ id: 'taken', body: 'x' }).execute();
    const results = await Promise.allSettled([
      db.insertInto('notes').values({ id: 'a', body: 'x' }).execute(),
      db.insertInto('notes').values({ id: 'taken', body: 'again' }).execute(),
      db.insertInto('notes').values({ id: 'b', body: 'x' }).execute(),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(committedIds()).toEqual(['a', 'b', 'taken']);
  });

  it('runs an explicit transaction alone: its rollback keeps other writes, and they wait for it', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const transaction = db
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto('notes').values({ id: 'in-tx', body: 'x' }).execute();
        await held;
        throw new Error('roll back');
      })
      .catch((error: Error) => error.message);
    await new Promise((resolve) => setImmediate(resolve));
    const outside = db.insertInto('notes').values({ id: 'outside', body: 'x' }).execute();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(committedIds()).toEqual([]);
    release();
    expect(await transaction).toBe('roll back');
    await outside;
    expect(committedIds()).toEqual(['outside']);
  });

  it('reads its own group’s writes before they are committed, and reports inserted rows', async () => {
    const write = db.insertInto('notes').values({ id: 'r', body: 'seen' }).returningAll().executeTakeFirst();
    const read = db.selectFrom('notes').selectAll().where('id', '=', 'r').executeTakeFirst();
    expect(await read).toEqual({ id: 'r', body: 'seen' });
    expect(await write).toEqual({ id: 'r', body: 'seen' });
  });
});
