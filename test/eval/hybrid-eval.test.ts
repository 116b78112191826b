import { fileURLToPath } from 'node:url';
import { createEmbeddingClient } from '@frontdesk/agents';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHybridEval, runLexicalEval } from '../../packages/agents/src/eval/run-eval.js';
import { formatScores } from '../../packages/agents/src/eval/score-answers.js';
import { FAKE_EMBEDDINGS_KEY, type FakeEmbeddings, startFakeEmbeddings } from '../fakes/embeddings-server.js';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
const split = (process.env.EVAL_SPLIT as 'tune' | 'held-out' | undefined) ?? 'held-out';
const options = {
  knowledgeDir: `${repositoryRoot}examples/knowledge`,
  questionsFile: `${repositoryRoot}examples/eval/questions.json`,
  split,
};
/** Calibrated on the tune split for the fake's trigram vectors (a real model needs its own). */
const MIN_SIMILARITY = Number(process.env.EVAL_MIN_SIMILARITY ?? '0.55');

describe('answer-quality eval, hybrid retrieval against a fake embeddings server', () => {
  let fake: FakeEmbeddings;

  beforeAll(async () => {
    fake = await startFakeEmbeddings();
  });
  afterAll(() => fake.close());

  // The floor for hybrid is 0.95 with a real embedding model. The fake's trigram vectors
  // know no synonyms and no other language, so here hybrid must only never be worse than lexical
  // (README, "Answer quality", has both figures).
  it('ranks at least as well as lexical search alone and still refuses out-of-scope questions', async () => {
    const client = createEmbeddingClient({
      baseUrl: `${fake.url}/v1`,
      apiKey: FAKE_EMBEDDINGS_KEY,
      model: 'fake-trigram',
    });
    const hybrid = await runHybridEval(options, { client, minSimilarity: MIN_SIMILARITY });
    const lexical = await runLexicalEval(options);
    console.log(formatScores(`${hybrid.mode} (${split} questions)`, hybrid.scores));
    const overall = (run: typeof hybrid) => run.scores.find((row) => row.lang === 'all');
    expect(overall(hybrid)?.hitAt1).toBeGreaterThanOrEqual(overall(lexical)?.hitAt1 ?? 1);
    expect(overall(hybrid)?.refusal).toBeGreaterThanOrEqual(0.9);
    expect(fake.inputs().length).toBeGreaterThan(100);
  });
});
