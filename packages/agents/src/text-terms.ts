/** Turns text into search terms; articles and questions go through the same steps so they meet. */
import { STOP_WORDS } from './stop-words.js';

const NEGATION = /^(?:not|cannot|\p{L}+n't)$/u;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** The words of a text, in order, as written. */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * One word as a search term: lower case, possessive `'s` dropped, stemmed. Every negation
 * ("not", "didn't", "can't"…) becomes `not`, which troubleshooting sections ("The email didn't
 * arrive") share with questions ("it didn't work"). Stop words, other contractions and single
 * letters give null.
 */
export function toTerm(word: string): string | null {
  let term = word.toLowerCase().replace(/’/g, "'");
  if (NEGATION.test(term)) return 'not';
  if (STOP_WORDS.has(term)) return null;
  const apostrophe = term.indexOf("'");
  if (apostrophe !== -1) {
    if (term.slice(apostrophe) !== "'s") return null;
    term = term.slice(0, apostrophe);
  }
  if (term.length < 2 && !/\d/.test(term)) return null;
  if (STOP_WORDS.has(term)) return null;
  return stem(term);
}

/** The search terms of a text, in order, repeats kept. */
export function textTerms(text: string): string[] {
  return tokenize(text)
    .map(toTerm)
    .filter((term): term is string => term !== null);
}

/**
 * A light suffix-stripping stemmer (plural, -ing, -ed, final e), enough for "refunds" to meet
 * "refund" and "resetting" to meet "reset". A full Porter stemmer is more than a help centre
 * needs; fuzzy and prefix search cover the rest.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let result = word;
  if (result.endsWith('ies') && result.length > 4) result = `${result.slice(0, -3)}y`;
  else if (result.endsWith('sses')) result = result.slice(0, -2);
  else if (result.endsWith('s') && !/(?:ss|us|is)$/.test(result)) result = result.slice(0, -1);
  if (result.endsWith('ing') && result.length > 5 && /[aeiouy]/.test(result.slice(0, -3))) {
    result = undouble(result.slice(0, -3));
  } else if (result.endsWith('ed') && result.length > 4 && /[aeiouy]/.test(result.slice(0, -2))) {
    result = undouble(result.slice(0, -2));
  }
  if (result.endsWith('e') && result.length > 4) result = result.slice(0, -1);
  return result;
}

function undouble(word: string): string {
  const last = word.at(-1);
  if (word.length > 3 && last === word.at(-2) && last !== undefined && !'aeioulsz'.includes(last)) {
    return word.slice(0, -1);
  }
  return word;
}
