/** Weighted search terms from one or more pieces of text (a question and the turns before it). */
import { textTerms } from './text-terms.js';

/** A piece of text to search for, and how much it counts (the current question counts 1). */
export interface QueryPart {
  text: string;
  weight: number;
}

/** Each distinct term with the highest weight of any part it appears in, in first-seen order. */
export function weightTerms(parts: readonly QueryPart[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const part of parts) {
    if (!(part.weight > 0)) continue;
    for (const term of textTerms(part.text)) {
      weights.set(term, Math.max(weights.get(term) ?? 0, part.weight));
    }
  }
  return weights;
}
