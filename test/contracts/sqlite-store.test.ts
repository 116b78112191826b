/** Runs the Store contract against SQLite files, plus what only a real database file can show. */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore, listMigrations, migrateToLatest, openSqliteDatabase } from '@frontdesk/store';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeStoreContract } from './store-contract.js';
import { makeMessage, seedConversation } from './store-fixtures.js';

let directory: string;
let fileCount = 0;
const nextFile = () => join(directory, `store-${++fileCount}`, 'frontdesk.db');

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'frontdesk-store-'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describeStoreContract('sqlite', () => createSqliteStore({ file: nextFile() }));

describe('createSqliteStore', () => {
  it('keeps data after closing and reopening the same file', async () => {
    const file = nextFile();
    const first = await createSqliteStore({ file });
    const conversation = await seedConversation(first);
    await first.appendMessage(makeMessage());
    await first.close();

    const second = await createSqliteStore({ file });
    expect(await second.getConversation(conversation.id)).toEqual(conversation);
    expect(await second.listMessages(conversation.id)).toEqual([makeMessage()]);
    await second.close();
  });

  it('checkpoints the write-ahead log when closed', async () => {
    const file = nextFile();
    const store = await createSqliteStore({ file });
    await seedConversation(store);
    expect(existsSync(`${file}-wal`)).toBe(true);
    await store.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('works on an in-memory database', async () => {
    const store = await createSqliteStore({ file: ':memory:' });
    await seedConversation(store);
    expect(await store.listWorkspaces()).toHaveLength(1);
    await store.close();
  });
});

describe('openSqliteDatabase', () => {
  it('opens with WAL, foreign keys, a busy timeout and normal sync', async () => {
    const db = openSqliteDatabase(nextFile());
    const pragma = async (name: string) =>
      Object.values((await sql.raw(`pragma ${name}`).execute(db)).rows[0] ?? {})[0];
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('busy_timeout')).toBe(5000);
    expect(await pragma('synchronous')).toBe(1);
    await db.destroy();
  });
});

/** Every migration, in the order they run. */
const MIGRATIONS = [
  '0001-initial',
  '0002-credentials',
  '0005-tickets',
  '0006-admin',
  '0007-escalation',
  '0008-members',
  '0009-expire-seconds',
  '0010-ticket-display-id',
  '0011-connector-timeout',
  '0012-workspace-default-rules',
  '0020-csat-comments',
  '0023-knowledge-vectors',
  '0024-mcp-connectors',
  '0030-account-secrets',
  '0031-channel-connections',
  '0032-typed-facts',
  '0033-channel-references',
  '0034-teams-registrations',
  '0035-desk-groups-notes',
  '0036-saved-filters-canned-replies',
  '0037-uploads',
  '0039-analytics-indexes',
  '0041-integration-delivery',
  '0045-ticket-group-truth',
];

describe('migrateToLatest', () => {
  it('runs every migration once and then nothing', async () => {
    const db = openSqliteDatabase(nextFile());
    expect((await listMigrations(db)).every((migration) => migration.executedAt === null)).toBe(true);
    expect(await migrateToLatest(db)).toEqual(MIGRATIONS);
    expect(await migrateToLatest(db)).toEqual([]);
    const migrations = await listMigrations(db);
    expect(migrations.map((migration) => migration.name)).toEqual(MIGRATIONS);
    expect(migrations.every((migration) => migration.executedAt instanceof Date)).toBe(true);
    await db.destroy();
  });

  it('runs a migration that lands after a later-numbered one already ran', async () => {
    const db = openSqliteDatabase(nextFile());
    await migrateToLatest(db);
    // As a database that ran 0039 before the branch with 0037 was merged.
    await sql`drop table uploads`.execute(db);
    await sql`delete from kysely_migration where name = '0037-uploads'`.execute(db);
    expect(await migrateToLatest(db)).toEqual(['0037-uploads']);
    await sql`select id from uploads`.execute(db);
    await db.destroy();
  });
});
