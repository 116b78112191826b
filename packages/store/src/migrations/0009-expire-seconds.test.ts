import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteDatabase } from '../sqlite/sqlite.js';
import { migrationProvider } from './index.js';

let directory: string | undefined;
afterEach(() => {
  if (directory) rmSync(directory, { recursive: true, force: true });
});

describe('migration 0009-expire-seconds', () => {
  it('turns a stored expire of minutes into the same time in seconds', async () => {
    directory = mkdtempSync(join(tmpdir(), 'frontdesk-0009-'));
    const db = openSqliteDatabase(join(directory, 'frontdesk.db'));
    const migrator = new Migrator({ db, provider: migrationProvider });
    expect((await migrator.migrateTo('0008-members')).error).toBeUndefined();
    await sql`INSERT INTO workspaces (id, name, created_at) VALUES ('ws', 'ws', 0)`.execute(db);
    for (const [id, settings] of [
      ['ten', { rules: { expire: 10, keepOpen: true } }],
      ['never', { rules: { expire: 0 } }],
      ['old', {}],
    ] as const) {
      await sql`INSERT INTO bots (workspace_id, id, name, enabled, agent, settings, created_at, updated_at)
        VALUES ('ws', ${id}, ${id}, 1, '{}', ${JSON.stringify(settings)}, 0, 0)`.execute(db);
    }
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const rows = await sql<{
      id: string;
      settings: string;
    }>`SELECT id, settings FROM bots ORDER BY id`.execute(db);
    const settings = Object.fromEntries(rows.rows.map((row) => [row.id, JSON.parse(row.settings)]));
    expect(settings.ten).toEqual({ rules: { expire: 600, keepOpen: true } });
    expect(settings.never).toEqual({ rules: { expire: 0 } });
    expect(settings.old).toEqual({});
    await db.destroy();
  });
});
