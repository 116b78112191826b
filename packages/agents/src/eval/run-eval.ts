/** Runs the answer-quality eval on a knowledge folder: builds the agent the product uses, asks, scores. */
import type { AgentClient } from '@frontdesk/core';
import type { Article } from '../article.js';
import { createEmbeddedAgent } from '../embedded-agent.js';
import { type EvalQuestion, loadQuestions } from './question-set.js';
import { askAll, type LanguageScore, type QuestionOutcome, scoreOutcomes } from './score-answers.js';

export interface EvalOptions {
  knowledgeDir: string;
  questionsFile: string;
  /** Which questions to score. Default `all`. */
  split?: 'tune' | 'held-out' | 'all';
}

export interface EvalRun {
  mode: string;
  scores: LanguageScore[];
  outcomes: QuestionOutcome[];
}

/** Scores the embedded agent (the lexical default) on the question set. */
export async function runLexicalEval(options: EvalOptions): Promise<EvalRun> {
  const agent = createEmbeddedAgent({ knowledgeDir: options.knowledgeDir, watch: false });
  try {
    await agent.ready;
    return await scoreAgent('lexical', agent, agent.articles(), await pickQuestions(options));
  } finally {
    agent.close();
  }
}

/** Scores any agent that shows knowledge-base sources. */
export async function scoreAgent(
  mode: string,
  agent: AgentClient,
  articles: readonly Article[],
  questions: readonly EvalQuestion[],
): Promise<EvalRun> {
  const outcomes = await askAll(agent, articles, questions);
  return { mode, scores: scoreOutcomes(outcomes, articles), outcomes };
}

/** The questions of the chosen split. */
export async function pickQuestions(options: EvalOptions): Promise<EvalQuestion[]> {
  const questions = await loadQuestions(options.questionsFile);
  const split = options.split ?? 'all';
  return split === 'all' ? questions : questions.filter((question) => question.split === split);
}
