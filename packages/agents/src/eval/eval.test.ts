import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type EvalRun, runLexicalEval } from './run-eval.js';

const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const options = {
  knowledgeDir: `${repositoryRoot}examples/knowledge`,
  questionsFile: `${repositoryRoot}examples/eval/questions.json`,
  split: 'held-out',
} as const;

/** The floors from issue 14: the right article first, and out-of-scope questions refused. */
const LEXICAL_HIT_AT_1 = 0.85;
const REFUSAL = 0.9;

describe('answer-quality eval (held-out questions, lexical default)', () => {
  let run: EvalRun;

  beforeAll(async () => {
    run = await runLexicalEval(options);
  });

  it.each(['en', 'de', 'fr', 'es', 'all'])(
    'puts the right article first for at least 85%% of %s questions',
    (lang) => {
      const score = run.scores.find((row) => row.lang === lang);
      expect(score?.answerable).toBeGreaterThan(0);
      expect(score?.hitAt1).toBeGreaterThanOrEqual(LEXICAL_HIT_AT_1);
    },
  );

  it.each(['en', 'de', 'fr', 'es', 'all'])('refuses at least 90%% of out-of-scope %s questions', (lang) => {
    const score = run.scores.find((row) => row.lang === lang);
    expect(score?.outOfScope).toBeGreaterThan(0);
    expect(score?.refusal).toBeGreaterThanOrEqual(REFUSAL);
  });

  it('answers in the asker’s language whenever the article has a translation in it', () => {
    expect(run.scores.find((row) => row.lang === 'all')?.sameLanguage).toBe(1);
  });
});
