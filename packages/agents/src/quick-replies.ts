/**
 * Quick replies the embedded agent offers with an answer, where one tap helps: the titles of other
 * articles that match the question about as well as the one quoted (a tap asks for that article),
 * and "Talk to a human" (in the question's language) after it found nothing.
 */
import { buttonLabel } from '@frontdesk/core';
import type { Passage } from './knowledge-index.js';

/** Another article is offered when its confidence is at least this share of the best one's. */
const CLOSE_SHARE = 0.85;
/** Titles offered at most; more would be a list to read, not a choice. */
const MAX_TITLES = 3;

/**
 * `passages` best first, as `composeAnswer` took them. The "Talk to a human" text is the core's own
 * button label in `lang` (English for a language it has none in), so channels show it as their
 * hand-over button and never twice.
 */
export function quickRepliesFor(
  passages: readonly Passage[],
  answer: { noAnswer: boolean },
  options: { minScore: number; lang?: string },
): string[] {
  if (answer.noAnswer) return [buttonLabel('talkToHuman', options.lang)];
  const confident = passages.filter((passage) => passage.confidence >= options.minScore);
  const [best] = confident;
  if (!best) return [];
  const titles: string[] = [];
  for (const passage of confident) {
    // Another language's copy of the quoted article is the same article.
    if (passage.article.translationKey === best.article.translationKey) continue;
    if (passage.confidence < CLOSE_SHARE * best.confidence) continue;
    if (!titles.includes(passage.article.title)) titles.push(passage.article.title);
  }
  return titles.slice(0, MAX_TITLES);
}

/**
 * The passages of the article titled exactly `text` (a tapped quick reply), its opening section
 * first (the article as a whole, not whichever part ranked best); else all of them, unchanged.
 */
export function passagesOfTitled(passages: readonly Passage[], text: string): readonly Passage[] {
  const title = text.trim().toLowerCase();
  const titled = passages.filter((passage) => passage.article.title.toLowerCase() === title);
  const opening = titled.filter((passage) => passage.section.anchor === '');
  return titled.length > 0
    ? [...opening, ...titled.filter((passage) => !opening.includes(passage))]
    : passages;
}
