import { type Kysely, Migrator, sql } from 'kysely';
import { describe, expect } from 'vitest';
import { itOnEveryDatabase } from '../../../../test/migration-databases.js';
import type { Database } from '../database.js';
import { migrationProvider } from './index.js';

async function turnsMinutesIntoSeconds(db: Kysely<Database>, migrationTableSchema?: string) {
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  expect((await migrator.migrateTo('0008-members')).error).toBeUndefined();
  await sql`INSERT INTO workspaces (id, name, created_at) VALUES ('ws', 'ws', 0)`.execute(db);
  for (const [id, settings] of [
    ['ten', { rules: { expire: 10, keepOpen: true } }],
    ['never', { rules: { expire: 0 } }],
    ['half', { rules: { expire: 1.5 } }],
    ['old', {}],
  ] as const) {
    await sql`INSERT INTO bots (workspace_id, id, name, enabled, agent, settings, created_at, updated_at)
      VALUES ('ws', ${id}, ${id}, 1, '{}', ${JSON.stringify(settings)}, 0, 0)`.execute(db);
  }
  expect((await migrator.migrateToLatest()).error).toBeUndefined();
  const rows = await sql<{ id: string; settings: string }>`SELECT id, settings FROM bots ORDER BY id`.execute(
    db,
  );
  const settings = Object.fromEntries(rows.rows.map((row) => [row.id, JSON.parse(row.settings)]));
  expect(settings.ten).toEqual({ rules: { expire: 600, keepOpen: true } });
  expect(settings.never).toEqual({ rules: { expire: 0 } });
  // Not a whole number of minutes: an old typo, left alone rather than guessed at.
  expect(settings.half).toEqual({ rules: { expire: 1.5 } });
  expect(settings.old).toEqual({});
}

describe('migration 0009-expire-seconds', () => {
  itOnEveryDatabase(
    'turns a stored expire of minutes into the same time in seconds',
    turnsMinutesIntoSeconds,
  );
});
