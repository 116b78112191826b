/** `npm run eval`: prints hit@1, hit@3, refusal and answer language per language for each retrieval mode. */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createEmbeddingClient } from '../embeddings/embedding-client.js';
import { type EvalRun, runHybridEval, runLexicalEval } from './run-eval.js';
import { formatScores } from './score-answers.js';

const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));

const { values } = parseArgs({
  options: {
    knowledge: { type: 'string', default: `${repositoryRoot}examples/knowledge` },
    questions: { type: 'string', default: `${repositoryRoot}examples/eval/questions.json` },
    split: { type: 'string', default: 'all' },
    /** Lists the tune-split questions answered wrongly. */
    misses: { type: 'boolean', default: false },
  },
});
const split = values.split;
if (split !== 'all' && split !== 'tune' && split !== 'held-out') {
  console.error('--split must be all, tune or held-out');
  process.exit(2);
}

const options = { knowledgeDir: values.knowledge, questionsFile: values.questions, split } as const;
const runs: EvalRun[] = [await runLexicalEval(options)];
// Hybrid too when an embeddings endpoint is configured, as for the server.
const { FRONTDESK_EMBEDDINGS_URL, FRONTDESK_EMBEDDINGS_MODEL, FRONTDESK_EMBEDDINGS_KEY } = process.env;
if (FRONTDESK_EMBEDDINGS_URL && FRONTDESK_EMBEDDINGS_MODEL) {
  const client = createEmbeddingClient({
    baseUrl: FRONTDESK_EMBEDDINGS_URL,
    model: FRONTDESK_EMBEDDINGS_MODEL,
    apiKey: FRONTDESK_EMBEDDINGS_KEY,
  });
  const minSimilarity = Number(process.env.FRONTDESK_EMBEDDINGS_MIN_SIMILARITY ?? '0.5');
  runs.push(await runHybridEval(options, { client, minSimilarity }));
}
for (const run of runs) {
  console.log(formatScores(`${run.mode} (${split} questions)`, run.scores));
  if (values.misses) printMisses(run);
  console.log('');
}

function printMisses(run: EvalRun): void {
  // Held-out questions are only ever scored, never looked at one by one.
  for (const { question, refused, articles } of run.outcomes) {
    if (question.split === 'held-out') continue;
    const wrong = question.expect === null ? !refused : refused || articles[0] !== question.expect;
    if (!wrong) continue;
    const got = refused ? 'refused' : articles.join(', ');
    console.log(
      `  miss ${question.id} "${question.text}" expected ${question.expect ?? 'refusal'}, got ${got}`,
    );
  }
}
