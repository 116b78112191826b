/** Scores an agent on a labelled question set: hit@1, hit@3, refusal and answer language per language. */
import type { AgentClient, Source } from '@frontdesk/core';
import type { Article } from '../article.js';
import { sectionUrl } from '../source-url.js';
import type { EvalQuestion } from './question-set.js';

/** What the agent did with one question. */
export interface QuestionOutcome {
  question: EvalQuestion;
  refused: boolean;
  /** The translation keys of the sources shown, in order. */
  articles: string[];
  /** The language of the first source's article, if any. */
  answerLang: string | undefined;
}

/** Scores for one language (or `all`). Rates are 0..1; NaN when there was nothing to count. */
export interface LanguageScore {
  lang: string;
  answerable: number;
  outOfScope: number;
  hitAt1: number;
  hitAt3: number;
  refusal: number;
  /** Of the answerable questions answered from an article that has the asker's language, the share answered in it. */
  sameLanguage: number;
}

/** Asks the agent every question (one at a time) and records the sources it showed. */
export async function askAll(
  agent: AgentClient,
  articles: readonly Article[],
  questions: readonly EvalQuestion[],
): Promise<QuestionOutcome[]> {
  const byUrl = new Map(articles.map((article) => [sectionUrl(article, undefined, undefined), article]));
  const outcomes: QuestionOutcome[] = [];
  for (const question of questions) {
    let sources: Source[] = [];
    let refused = false;
    const events = agent.send(
      {
        conversationId: `eval-${question.id}`,
        botId: 'eval',
        text: question.text,
        history: [],
        requester: null,
      },
      { signal: new AbortController().signal },
    );
    for await (const event of events) {
      if (event.type === 'sources') sources = event.sources;
      if (event.type === 'finish') refused = event.noAnswer === true;
    }
    const found = sources
      .map((source) => byUrl.get((source.url ?? '').split('#')[0] ?? ''))
      .filter((article): article is Article => article !== undefined);
    outcomes.push({
      question,
      refused: refused || found.length === 0,
      articles: found.map((article) => article.translationKey),
      answerLang: found[0]?.lang,
    });
  }
  return outcomes;
}

/** Scores per language, then `all`. */
export function scoreOutcomes(
  outcomes: readonly QuestionOutcome[],
  articles: readonly Article[],
): LanguageScore[] {
  const languages = [...new Set(outcomes.map((outcome) => outcome.question.lang))];
  const hasLanguage = new Set(articles.map((article) => `${article.translationKey}:${article.lang}`));
  const score = (lang: string, group: readonly QuestionOutcome[]): LanguageScore => {
    const answerable = group.filter((outcome) => outcome.question.expect !== null);
    const outOfScope = group.filter((outcome) => outcome.question.expect === null);
    const hits = (k: number) =>
      answerable.filter(
        (outcome) => !outcome.refused && outcome.articles.slice(0, k).includes(outcome.question.expect ?? ''),
      ).length;
    const translatable = answerable.filter(
      (outcome) =>
        !outcome.refused &&
        outcome.articles[0] === outcome.question.expect &&
        hasLanguage.has(`${outcome.question.expect}:${outcome.question.lang}`),
    );
    const inLanguage = translatable.filter((outcome) => outcome.answerLang === outcome.question.lang).length;
    return {
      lang,
      answerable: answerable.length,
      outOfScope: outOfScope.length,
      hitAt1: hits(1) / answerable.length,
      hitAt3: hits(3) / answerable.length,
      refusal: outOfScope.filter((outcome) => outcome.refused).length / outOfScope.length,
      sameLanguage: inLanguage / translatable.length,
    };
  };
  return [
    ...languages.map((lang) =>
      score(
        lang,
        outcomes.filter((outcome) => outcome.question.lang === lang),
      ),
    ),
    score('all', outcomes),
  ];
}

/** A plain-text table of scores, one row per language. */
export function formatScores(title: string, scores: readonly LanguageScore[]): string {
  const percent = (value: number) =>
    Number.isNaN(value) ? '   -' : `${(value * 100).toFixed(0).padStart(3)}%`;
  const rows = scores.map(
    (row) =>
      `${row.lang.padEnd(4)} ${String(row.answerable).padStart(4)} ${String(row.outOfScope).padStart(4)}   ${percent(row.hitAt1)}   ${percent(row.hitAt3)}   ${percent(row.refusal)}   ${percent(row.sameLanguage)}`,
  );
  return [title, 'lang  ask  oos  hit@1  hit@3  refuse  own-lang', ...rows].join('\n');
}
