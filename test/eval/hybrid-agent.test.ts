import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createEmbeddedAgent,
  createEmbeddingClient,
  createMemoryVectorStore,
  loadKnowledge,
} from '@frontdesk/agents';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVectorIndex, hybridSearch } from '../../packages/agents/src/embeddings/hybrid-search.js';
import { embedSections, sectionText } from '../../packages/agents/src/embeddings/section-vectors.js';
import { ask } from '../../packages/agents/src/fixtures/test-helpers.js';
import { FAKE_EMBEDDINGS_KEY, type FakeEmbeddings, startFakeEmbeddings } from '../fakes/embeddings-server.js';

const DEMO = fileURLToPath(new URL('../../examples/knowledge', import.meta.url));

describe('embedded agent with an embeddings endpoint', () => {
  let fake: FakeEmbeddings;
  let dir: string;

  beforeEach(async () => {
    fake = await startFakeEmbeddings();
    dir = await mkdtemp(path.join(tmpdir(), 'frontdesk-hybrid-'));
    await cp(DEMO, dir, { recursive: true });
  });
  afterEach(async () => {
    await fake.close();
    await rm(dir, { recursive: true, force: true });
  });

  const client = () =>
    createEmbeddingClient({ baseUrl: `${fake.url}/v1`, apiKey: FAKE_EMBEDDINGS_KEY, model: 'fake-trigram' });

  it('re-embeds only the sections of a changed article, and reuses stored vectors after a restart', async () => {
    const store = createMemoryVectorStore();
    const agent = createEmbeddedAgent({
      knowledgeDir: dir,
      watch: false,
      embeddings: { client: client(), store },
    });
    await agent.ready;
    const sectionCount = agent.articles().reduce((total, article) => total + article.sections.length, 0);
    expect(fake.inputs().length).toBe(sectionCount);

    const file = path.join(dir, 'refund-policy.md');
    await writeFile(file, `${await readFile(file, 'utf8')}\nRefunds to PayPal take 3 business days.\n`);
    await agent.reindex();
    const sent = fake.inputs().slice(sectionCount);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain('PayPal');
    agent.close();

    const restarted = createEmbeddedAgent({
      knowledgeDir: dir,
      watch: false,
      embeddings: { client: client(), store },
    });
    await restarted.ready;
    expect(fake.inputs().length).toBe(sectionCount + 1);
    restarted.close();
  });

  it('fuses the rankings: a section both searches find outranks one only lexical search puts first', async () => {
    const articles = await loadKnowledge(dir);
    const refund = articles.find((article) => article.slug === 'refund-policy');
    const [first, second] = refund?.sections.slice(1, 3) ?? [];
    if (!refund || !first || !second) throw new Error('demo refund article changed');
    const lexical = [first, second].map((section, rank) => ({
      article: refund,
      section,
      score: 10 - rank,
      coverage: 0.5,
      confidence: 0.6,
      matchedTerms: [],
    }));
    const { vectors } = await embedSections(articles, client(), createMemoryVectorStore());
    const question = sectionText(refund, second);
    const fused = await hybridSearch(question, lexical, createVectorIndex(articles, vectors), {
      client: client(),
      minScore: 0.44,
      minSimilarity: 0.55,
      lang: 'en',
    });
    expect(fused[0]?.section.id).toBe(second.id);
    // Its vector is the question's own: similarity 1 maps to confidence 1.
    expect(fused[0]?.confidence).toBe(1);
    expect(fused[1]?.section.id).toBe(first.id);
  });

  it('keeps answering from lexical search when the endpoint fails, with a warning', async () => {
    await fake.close();
    fake = await startFakeEmbeddings({ failWith: 500 });
    const warnings: string[] = [];
    const agent = createEmbeddedAgent({
      knowledgeDir: dir,
      watch: false,
      embeddings: { client: client() },
      onWarning: (message) => warnings.push(message),
    });
    await agent.ready;
    const reply = await ask(agent, 'how do i reset my password');
    expect(reply.sources[0]?.url).toMatch(/^\/kb\/reset-your-password/);
    expect(warnings.join('\n')).toMatch(/Embedding the knowledge failed/);
    agent.close();
  });
});
