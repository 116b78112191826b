// Hybrid retrieval end to end: the server configured with an embeddings API keeps vectors in SQLite.
import { join } from 'node:path';
import type { ReplyData } from '@frontdesk/core';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_EMBEDDINGS_KEY, type FakeEmbeddings, startFakeEmbeddings } from '../fakes/embeddings-server.js';
import { startTestServer, type TestServer } from './harness.js';

let fake: FakeEmbeddings;
let server: TestServer;

beforeAll(async () => {
  fake = await startFakeEmbeddings();
  server = await startTestServer({
    env: {
      FRONTDESK_EMBEDDINGS_URL: `${fake.url}/v1`,
      FRONTDESK_EMBEDDINGS_MODEL: 'fake-trigram',
      FRONTDESK_EMBEDDINGS_KEY: FAKE_EMBEDDINGS_KEY,
    },
  });
});
afterAll(async () => {
  await server?.close();
  await fake?.close();
});

describe('server with FRONTDESK_EMBEDDINGS_URL', () => {
  it('embeds the help centre into the database and embeds each question', async () => {
    const response = await server.post('/v1/bots/demo/message', {
      message: { text: 'how do i get my money back' },
    });
    const body = (await response.json()) as { data: ReplyData };
    expect(body.data.sources[0]?.url).toContain('/kb/refund-policy');
    expect(fake.inputs().at(-1)).toBe('how do i get my money back');

    const database = new BetterSqlite3(join(server.dataDir, 'frontdesk.db'), { readonly: true });
    const row = database
      .prepare("SELECT count(*) AS count FROM knowledge_vectors WHERE model = 'fake-trigram'")
      .get() as { count: number };
    database.close();
    const sectionTexts = fake.inputs().length - 1;
    expect(sectionTexts).toBeGreaterThan(100);
    expect(row.count).toBe(sectionTexts);
  });
});
