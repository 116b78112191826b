/** Runs the answer-quality eval on a knowledge folder: builds the agent the product uses, asks, scores. */
import type { AgentClient } from '@frontdesk/core';
import type { Article } from '../article.js';
import { createEmbeddedAgent, type EmbeddedAgentOptions } from '../embedded-agent.js';
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
export function runLexicalEval(options: EvalOptions): Promise<EvalRun> {
  return runEmbeddedEval('lexical', options, {});
}

/** Scores the embedded agent with hybrid retrieval (lexical + embeddings, fused) on the question set. */
export function runHybridEval(
  options: EvalOptions,
  embeddings: NonNullable<EmbeddedAgentOptions['embeddings']>,
): Promise<EvalRun> {
  return runEmbeddedEval(`hybrid (${embeddings.client.model})`, options, { embeddings });
}

async function runEmbeddedEval(
  mode: string,
  options: EvalOptions,
  agentOptions: Partial<EmbeddedAgentOptions>,
): Promise<EvalRun> {
  const warnings: string[] = [];
  const agent = createEmbeddedAgent({
    ...agentOptions,
    knowledgeDir: options.knowledgeDir,
    watch: false,
    onWarning: (message) => warnings.push(message),
  });
  try {
    await agent.ready;
    // A hybrid run that silently fell back to lexical search would report the wrong figure.
    if (warnings.some((warning) => warning.startsWith('Embedding'))) throw new Error(warnings.join('\n'));
    return await scoreAgent(mode, agent, agent.articles(), await pickQuestions(options));
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
