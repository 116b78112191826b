import { type Kysely, Migrator, sql } from 'kysely';
import { describe, expect } from 'vitest';
import { itOnEveryDatabase } from '../../../../test/migration-databases.js';
import type { Database } from '../database.js';
import { migrationProvider } from './index.js';

const KEY = 'teams:tenant-1:a:1conversation';

async function movesMarkersIntoTables(db: Kysely<Database>, migrationTableSchema?: string) {
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  expect((await migrator.migrateTo('0032-typed-facts')).error).toBeUndefined();
  const far = Date.UTC(2027, 0, 1);
  for (const [key, value] of [
    [
      `teams:reference:${KEY}`,
      JSON.stringify({ serviceUrl: 'https://smba.example/', conversation: { id: 'a:1' } }),
    ],
    [`teams:gone:${KEY}`, JSON.stringify({ status: 403, reason: 'BotNotInConversationRoster', at: 1 })],
    ['slack:ticket-origin:tck_1', JSON.stringify({ channel: 'C1', ts: '1.2', emoji: 'eyes' })],
    ['dedupe:ws:slack:x', '1'],
  ]) {
    await sql`INSERT INTO markers (key, value, expires_at) VALUES (${key}, ${value}, ${far})`.execute(db);
  }
  expect((await migrator.migrateToLatest()).error).toBeUndefined();
  const references = await sql<Record<string, unknown>>`SELECT * FROM conversation_references`.execute(db);
  expect(references.rows).toMatchObject([
    { channel_key: KEY, gone_status: 403, gone_reason: 'BotNotInConversationRoster' },
  ]);
  expect(JSON.parse(String(references.rows[0]?.reference))).toMatchObject({
    serviceUrl: 'https://smba.example/',
  });
  const origins = await sql<Record<string, unknown>>`SELECT * FROM ticket_origins`.execute(db);
  expect(origins.rows).toMatchObject([
    { ticket_id: 'tck_1', channel_id: 'C1', message_ts: '1.2', status_emoji: 'eyes' },
  ]);
  // The moved markers are gone; a short-lived claim stays.
  const left = await sql<{ key: string }>`SELECT key FROM markers ORDER BY key`.execute(db);
  expect(left.rows.map((row) => row.key)).toEqual(['dedupe:ws:slack:x']);
}

describe('migration 0033-channel-references', () => {
  itOnEveryDatabase(
    'moves Teams references, their refusals and Slack ticket origins out of the markers',
    movesMarkersIntoTables,
  );
});
