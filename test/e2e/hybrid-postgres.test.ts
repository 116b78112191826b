// Hybrid retrieval with DATABASE_URL on PostgreSQL: the agents keep the section vectors in
// pgvector's table and search them there. Skipped with the reason without PostgreSQL or pgvector
// (CI=true requires PostgreSQL, not pgvector: Debian bookworm has no pgvector package).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Bot } from '@frontdesk/core';
import { loadSettings } from '@frontdesk/services';
import { createPostgresStore } from '@frontdesk/store';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../packages/agents/src/fixtures/test-helpers.js';
import { createAgentRegistry } from '../../packages/services/src/agents/agent-registry.js';
import { FAKE_EMBEDDINGS_KEY, type FakeEmbeddings, startFakeEmbeddings } from '../fakes/embeddings-server.js';
import { createTestSchema, POSTGRES_TEST_URL, postgresReachable } from '../postgres-schema.js';
import { optionalServiceReachable } from '../service-check.js';

const DEMO = fileURLToPath(new URL('../../examples/knowledge', import.meta.url));

async function query<T>(statement: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: POSTGRES_TEST_URL });
  await client.connect();
  try {
    return (await client.query(statement)).rows as T[];
  } finally {
    await client.end();
  }
}

const ready =
  (await postgresReachable()) &&
  (await optionalServiceReachable('pgvector', POSTGRES_TEST_URL, async () => {
    const rows = await query("SELECT 1 FROM pg_available_extensions WHERE name = 'vector'");
    if (rows.length === 0) throw new Error('the vector extension is not installed (postgresql-15-pgvector)');
  }));

describe.skipIf(!ready)('agents with DATABASE_URL on PostgreSQL and an embeddings API', () => {
  let fake: FakeEmbeddings;
  let schema: { schema: string; drop(): Promise<void> };
  let dataDir: string;

  beforeAll(async () => {
    fake = await startFakeEmbeddings();
    schema = await createTestSchema();
    await (await createPostgresStore({ url: POSTGRES_TEST_URL, schema: schema.schema })).close();
    dataDir = mkdtempSync(join(tmpdir(), 'frontdesk-pgvector-'));
  });
  afterAll(async () => {
    await fake?.close();
    await schema?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers a paraphrase from vectors kept in pgvector, and embeds nothing again after a restart', async () => {
    const databaseUrl = `${POSTGRES_TEST_URL}?options=${encodeURIComponent(`-c search_path=${schema.schema}`)}`;
    const settings = loadSettings({
      FRONTDESK_DATA_DIR: dataDir,
      FRONTDESK_KNOWLEDGE_DIR: DEMO,
      DATABASE_URL: databaseUrl,
      FRONTDESK_EMBEDDINGS_URL: `${fake.url}/v1`,
      FRONTDESK_EMBEDDINGS_MODEL: 'fake-trigram',
      FRONTDESK_EMBEDDINGS_KEY: FAKE_EMBEDDINGS_KEY,
    });
    const warnings: string[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => warnings.push(line) });
    const bot = {
      id: 'demo',
      workspaceId: 'ws_default',
      agent: { kind: 'embedded', knowledgeDir: DEMO },
    } as unknown as Bot;

    const registry = createAgentRegistry({ settings, logger, watch: false });
    const reply = await ask(registry.agentFor(bot), 'how do i get my money back');
    expect(reply.sources[0]?.url).toContain('/kb/refund-policy');
    expect(warnings).toEqual([]);
    const sectionTexts = fake.inputs().length - 1;
    expect(sectionTexts).toBeGreaterThan(100);
    const [stored] = await query<{ count: number }>(
      `SELECT count(*)::int AS count FROM ${schema.schema}.knowledge_embeddings WHERE model = 'fake-trigram'`,
    );
    expect(stored?.count).toBe(sectionTexts);
    await registry.close();

    const restarted = createAgentRegistry({ settings, logger, watch: false });
    await ask(restarted.agentFor(bot), 'refund to my card');
    expect(fake.inputs().length).toBe(sectionTexts + 2);
    expect(fake.inputs().at(-1)).toBe('refund to my card');
    await restarted.close();
  });
});
