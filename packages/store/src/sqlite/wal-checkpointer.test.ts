import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { openSqliteDatabase } from './sqlite.js';

describe('WAL checkpoints in a worker thread', () => {
  it('copies committed pages into the database file in the background, and leaves no WAL after close', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'frontdesk-wal-'));
    const file = join(dir, 'test.db');
    const db = openSqliteDatabase(file);
    try {
      await sql`create table blobs (id integer primary key, body text not null)`.execute(db);
      const before = statSync(file).size;
      const body = 'x'.repeat(4000);
      await Promise.all(
        Array.from({ length: 300 }, (_, id) => sql`insert into blobs values (${id}, ${body})`.execute(db)),
      );
      // Commits only append to the WAL (automatic checkpoints are off); the worker copies them over.
      await vi.waitFor(() => expect(statSync(file).size).toBeGreaterThan(before + 1_000_000), {
        timeout: 5000,
      });
    } finally {
      await db.destroy();
    }
    expect(() => statSync(`${file}-wal`)).toThrow();
    rmSync(dir, { recursive: true, force: true });
  });
});
