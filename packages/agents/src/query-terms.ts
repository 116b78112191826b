/** Weighted search terms from one or more pieces of text (a question and the turns before it). */
import { languageRules } from './languages.js';
import { textTerms, tokenize } from './text-terms.js';

/** A piece of text to search for, and how much it counts (the current question counts 1). */
export interface QueryPart {
  text: string;
  weight: number;
}

/**
 * Each distinct term (for an index in `lang`) with the highest weight of any part it appears in,
 * in first-seen order. A question in another language (`askerLang`) loses that language's stop
 * words first, so only the words that may be shared (names, "2fa", "api") are looked up.
 */
export function weightTerms(parts: readonly QueryPart[], lang = 'en', askerLang = lang): Map<string, number> {
  const weights = new Map<string, number>();
  const foreignStopWords = askerLang === lang ? undefined : languageRules(askerLang).stopWords;
  for (const part of parts) {
    if (!(part.weight > 0)) continue;
    const text = foreignStopWords
      ? tokenize(part.text.toLowerCase())
          .filter((word) => !foreignStopWords.has(word))
          .join(' ')
      : part.text;
    for (const term of textTerms(text, lang)) {
      weights.set(term, Math.max(weights.get(term) ?? 0, part.weight));
    }
  }
  return weights;
}
