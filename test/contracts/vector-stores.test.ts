/**
 * The vector stores behind hybrid retrieval, one contract for each: SQLite with sqlite-vec,
 * PostgreSQL with pgvector, and PostgreSQL without it (bytes and an in-process search).
 * pgvector's part is skipped with the reason when the server lacks the extension (CI included:
 * Debian bookworm has no pgvector package); the PostgreSQL-without-pgvector part runs wherever
 * PostgreSQL does, and must under CI=true.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEmbeddedAgent, createEmbeddingClient, type VectorStore } from '@frontdesk/agents';
import {
  createPostgresStore,
  createPostgresVectorStore,
  createSqliteStore,
  createSqliteVectorStore,
} from '@frontdesk/store';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../packages/agents/src/fixtures/test-helpers.js';
import { FAKE_EMBEDDINGS_KEY, type FakeEmbeddings, startFakeEmbeddings } from '../fakes/embeddings-server.js';
import { createTestSchema, POSTGRES_TEST_URL, postgresReachable } from '../postgres-schema.js';
import { optionalServiceReachable } from '../service-check.js';

const DEMO = fileURLToPath(new URL('../../examples/knowledge', import.meta.url));

interface Opened {
  store: VectorStore & Required<Pick<VectorStore, 'nearest'>>;
  /** Rows in the table this store keeps its vectors in. */
  rows(): Promise<number>;
  close(): Promise<void>;
}

const postgres = await postgresReachable();
const pgvectorInstalled =
  postgres &&
  (await optionalServiceReachable('pgvector', `${POSTGRES_TEST_URL} (pg_available_extensions)`, async () => {
    const client = new pg.Client({ connectionString: POSTGRES_TEST_URL });
    await client.connect();
    try {
      const { rows } = await client.query("SELECT 1 FROM pg_available_extensions WHERE name = 'vector'");
      if (rows.length === 0)
        throw new Error('the vector extension is not installed (postgresql-15-pgvector)');
    } finally {
      await client.end();
    }
  }));

async function openSqlite(): Promise<Opened> {
  const dir = await mkdtemp(path.join(tmpdir(), 'frontdesk-vectors-'));
  const file = path.join(dir, 'frontdesk.db');
  await (await createSqliteStore({ file })).close();
  const store = createSqliteVectorStore(file);
  expect(store.usesSqliteVec).toBe(true);
  const { default: Database } = await import('better-sqlite3');
  return {
    store,
    rows: async () => {
      const db = new Database(file, { readonly: true });
      const row = db.prepare('SELECT count(*) AS n FROM knowledge_vectors').get() as { n: number };
      db.close();
      return row.n;
    },
    close: async () => {
      store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function openPostgres(pgvector: boolean): Promise<Opened> {
  const { schema, drop } = await createTestSchema();
  await (await createPostgresStore({ url: POSTGRES_TEST_URL, schema })).close();
  const warnings: string[] = [];
  const store = createPostgresVectorStore({
    url: POSTGRES_TEST_URL,
    schema,
    pgvector,
    onWarning: (message) => warnings.push(message),
  });
  expect(await store.usesPgvector(), warnings.join('\n')).toBe(pgvector);
  const table = pgvector ? 'knowledge_embeddings' : 'knowledge_vectors';
  return {
    store,
    rows: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_TEST_URL });
      await client.connect();
      try {
        const { rows } = await client.query(`SELECT count(*)::int AS n FROM ${schema}.${table}`);
        return rows[0].n as number;
      } finally {
        await client.end();
      }
    },
    close: async () => {
      await store.close();
      await drop();
    },
  };
}

const kinds: [string, boolean, () => Promise<Opened>][] = [
  ['SQLite with sqlite-vec', true, openSqlite],
  ['PostgreSQL with pgvector', pgvectorInstalled, () => openPostgres(true)],
  ['PostgreSQL without pgvector', postgres, () => openPostgres(false)],
];

describe.each(kinds)('vector store: %s', (_name, available, open) => {
  let opened: Opened;
  let fake: FakeEmbeddings;
  beforeAll(async () => {
    if (!available) return;
    opened = await open();
    fake = await startFakeEmbeddings();
  });
  afterAll(async () => {
    await opened?.close();
    await fake?.close();
  });

  it.skipIf(!available)('keeps vectors per model and content hash, replacing on save', async () => {
    await opened.store.save('model-a', new Map([['hash-1', new Float32Array([0.6, 0.8])]]));
    await opened.store.save('model-a', new Map([['hash-1', new Float32Array([1, 0])]]));
    const loaded = await opened.store.load('model-a', ['hash-1', 'hash-2']);
    expect([...loaded.keys()]).toEqual(['hash-1']);
    expect([...(loaded.get('hash-1') ?? [])]).toEqual([1, 0]);
    expect((await opened.store.load('model-b', ['hash-1'])).size).toBe(0);
  });

  it.skipIf(!available)('finds the nearest vectors, only among the hashes asked for', async () => {
    await opened.store.save(
      'model-n',
      new Map([
        ['east', new Float32Array([1, 0])],
        ['north', new Float32Array([0, 1])],
        ['north-east', new Float32Array([0.7, 0.7])],
      ]),
    );
    const hits = await opened.store.nearest('model-n', ['east', 'north-east'], new Float32Array([0, 1]), 5);
    expect(hits.map((hit) => hit.hash)).toEqual(['north-east', 'east']);
    expect(hits[0]?.similarity).toBeCloseTo(Math.SQRT1_2, 3);
    expect(hits[1]?.similarity).toBeCloseTo(0, 3);
  });

  it.skipIf(!available)(
    'embeds the help centre once; a changed article is re-embedded alone, and a restart sends nothing',
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'frontdesk-vector-kb-'));
      await cp(DEMO, dir, { recursive: true });
      const client = createEmbeddingClient({
        baseUrl: `${fake.url}/v1`,
        apiKey: FAKE_EMBEDDINGS_KEY,
        model: 'fake-trigram',
      });
      const before = await opened.rows();
      const agent = createEmbeddedAgent({
        knowledgeDir: dir,
        watch: false,
        embeddings: { client, store: opened.store },
      });
      await agent.ready;
      const sections = agent.articles().reduce((total, article) => total + article.sections.length, 0);
      const firstRun = fake.inputs().length;
      expect(firstRun).toBeGreaterThan(0);
      expect(firstRun).toBeLessThanOrEqual(sections);
      expect(await opened.rows()).toBe(before + firstRun);

      const file = path.join(dir, 'refund-policy.md');
      await writeFile(file, `${await readFile(file, 'utf8')}\nRefunds to PayPal take 3 business days.\n`);
      await agent.reindex();
      const sent = fake.inputs().slice(firstRun);
      expect(sent).toHaveLength(1);
      expect(sent[0]).toContain('PayPal');
      expect(await opened.rows()).toBe(before + firstRun + 1);
      agent.close();

      const restarted = createEmbeddedAgent({
        knowledgeDir: dir,
        watch: false,
        embeddings: { client, store: opened.store },
      });
      await restarted.ready;
      expect(fake.inputs()).toHaveLength(firstRun + 1);
      const reply = await ask(restarted, 'how long do refunds to paypal take');
      expect(reply.sources[0]?.url).toMatch(/^\/kb\/refund-policy/);
      restarted.close();
      await rm(dir, { recursive: true, force: true });
    },
  );
});
