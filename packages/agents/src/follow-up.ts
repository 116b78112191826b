/** Reads a short or back-referring question together with the user's previous turns. */
import type { AgentTurn } from '@frontdesk/core';
import type { QueryPart } from './query-terms.js';
import { textTerms } from './text-terms.js';

/** Weights of the user's previous turns, newest first; the current question weighs 1. */
const HISTORY_WEIGHTS = [0.6, 0.35, 0.2];
const SHORT_QUESTION_WORDS = 4;
const OPENS_WITH_REFERENCE =
  /^\s*(?:and|but|also|or|so|then|what about|how about|what if|same|ok(?:ay)?[,.]?\s+(?:and|but|what|how))\b/i;
const POINTS_BACK = /\b(?:it|its|it's|that|this|these|those|there|they|them)\b/i;

/**
 * True when a question likely leans on what came before: it points back ("it", "that",
 * "there"…), opens with "and…", "what about…", has only a few words, or none to search for.
 */
export function isFollowUp(text: string): boolean {
  if (POINTS_BACK.test(text) || OPENS_WITH_REFERENCE.test(text)) return true;
  return text.trim().split(/\s+/).length <= SHORT_QUESTION_WORDS || textTerms(text).length === 0;
}

/**
 * The question followed by the user's last few turns that have words to search for, newest
 * first and weighing less and less. Assistant and staff turns are left out: they repeat articles.
 */
export function followUpQuery(text: string, history: readonly AgentTurn[]): QueryPart[] {
  const earlier = history
    .filter((turn) => turn.role === 'user' && textTerms(turn.text).length > 0)
    .slice(-HISTORY_WEIGHTS.length)
    .reverse();
  return [
    { text, weight: 1 },
    ...earlier.map((turn, position) => ({ text: turn.text, weight: HISTORY_WEIGHTS[position] ?? 0 })),
  ];
}
