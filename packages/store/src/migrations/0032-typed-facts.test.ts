import { type Kysely, Migrator, sql } from 'kysely';
import { describe, expect } from 'vitest';
import { itOnEveryDatabase } from '../../../../test/migration-databases.js';
import type { Database } from '../database.js';
import { createSqlStore } from '../sql-store.js';
import { migrationProvider } from './index.js';

const FAR = 4_000_000_000_000;

/** Facts written as markers by version 31 are in their tables after 32, and the markers are gone. */
async function movesMarkersIntoTables(db: Kysely<Database>, migrationTableSchema?: string) {
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  expect((await migrator.migrateTo('0031-channel-connections')).error).toBeUndefined();
  const agent = JSON.stringify({ kind: 'remote', baseUrl: 'https://agent.example.com', botId: 'it' });
  await sql`INSERT INTO workspaces (id, name, created_at) VALUES ('ws', 'ws', 0)`.execute(db);
  await sql`INSERT INTO bots (workspace_id, id, name, enabled, agent, settings, created_at, updated_at)
    VALUES ('ws', 'demo', 'Demo', 1, ${agent}, '{}', 0, 0)`.execute(db);
  await sql`INSERT INTO conversations (id, workspace_id, bot_id, channel, channel_key, requester, created_at, updated_at)
    VALUES ('conv', 'ws', 'demo', 'web', 'web:v1:1', NULL, 0, 0)`.execute(db);
  await sql`INSERT INTO messages (id, workspace_id, conversation_id, role, text, sources, ticket_id, created_at)
    VALUES ('msg', 'ws', 'conv', 'assistant', 'Use the reset link.', '[]', NULL, 0)`.execute(db);
  const markers: [string, string][] = [
    ['feedback:msg', JSON.stringify({ feedback: 'not-helpful', by: 'web:v1', at: 42 })],
    ['ended:conv', '77'],
    ['remote:ws:demo:conv', 'remote-7'],
    ['remote-local:ws:https://agent.example.com:it:remote-7', 'conv'],
    ['dedupe:ws:web:m1', '1'],
  ];
  for (const [key, value] of markers) {
    await sql`INSERT INTO markers (key, value, expires_at) VALUES (${key}, ${value}, ${FAR})`.execute(db);
  }
  expect((await migrator.migrateToLatest()).error).toBeUndefined();

  const store = createSqlStore(db);
  expect(await store.getFeedback('msg')).toEqual({
    messageId: 'msg',
    workspaceId: 'ws',
    conversationId: 'conv',
    feedback: 'not-helpful',
    by: 'web:v1',
    createdAt: 42,
  });
  expect((await store.getConversation('conv'))?.endedAt).toBe(77);
  expect(await store.remoteConversationFor('conv', 'https://agent.example.com#it')).toBe('remote-7');
  const left = await sql<{ key: string }>`SELECT key FROM markers ORDER BY key`.execute(db);
  expect(left.rows.map((row) => row.key)).toEqual(['dedupe:ws:web:m1']);
}

describe('migration 0032-typed-facts', () => {
  itOnEveryDatabase(
    'moves feedback, ended conversations and remote links out of the markers',
    movesMarkersIntoTables,
  );
});
