/** Chooses the passages that answer a question, reading follow-ups together with earlier turns. */
import type { AgentTurn } from '@frontdesk/core';
import { followUpQuery, isFollowUp } from './follow-up.js';
import { type KnowledgeIndex, type Passage, rankPassages } from './knowledge-index.js';
import { textTerms } from './text-terms.js';

const SEARCH_LIMIT = 12;
/** Follow-ups are filtered, so they look further down the list first. */
const FOLLOW_UP_SEARCH_LIMIT = 100;
/** A follow-up is more likely about something else than the section just quoted. */
const QUOTED_SCORE_SHARE = 0.5;
const QUOTED_CONFIDENCE_SHARE = 0.85;

/**
 * Passages for `text`, best first. A follow-up ("what about on mobile?", "and how long does it
 * take?") is searched together with the user's previous turns, which count when a section has
 * them and only a little when it does not, so a change of topic ("what about refunds?") is still
 * answered. Only sections that match the follow-up's own words count, so "what about the
 * weather?" does not repeat the last answer, and sections quoted in the last answers rank lower,
 * so "it didn't work" does not get the same steps again.
 */
export function findPassages(
  index: KnowledgeIndex,
  request: { text: string; history: readonly AgentTurn[]; lang?: string },
): Passage[] {
  const lang = request.lang ?? index.detectLanguage(request.text);
  const parts = isFollowUp(request.text) ? followUpQuery(request.text, request.history) : [];
  if (parts.length <= 1) return index.search(request.text, SEARCH_LIMIT, lang);

  const ownTerms = new Set(index.languages.flatMap((language) => textTerms(request.text, language)));
  const earlierAnswers = request.history.filter((turn) => turn.role === 'assistant').slice(-2);
  const passages = index
    .search(parts, FOLLOW_UP_SEARCH_LIMIT, lang)
    .filter((passage) => ownTerms.size === 0 || passage.matchedTerms.some((term) => ownTerms.has(term)))
    .map((passage) => {
      if (!wasQuoted(passage, earlierAnswers)) return passage;
      const confidence = Math.round(passage.confidence * QUOTED_CONFIDENCE_SHARE * 1000) / 1000;
      return { ...passage, score: passage.score * QUOTED_SCORE_SHARE, confidence };
    });
  return rankPassages(passages).slice(0, SEARCH_LIMIT);
}

/** True when an earlier answer contains the section's opening line (answers quote sections verbatim). */
function wasQuoted(passage: Passage, answers: readonly AgentTurn[]): boolean {
  const openingLine = passage.section.text.split('\n').find((line) => line.trim() !== '');
  const probe = openingLine?.trim().slice(0, 60) ?? '';
  return probe.length >= 20 && answers.some((answer) => answer.text.includes(probe));
}
