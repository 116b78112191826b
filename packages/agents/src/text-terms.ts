/** Turns text into search terms; articles and questions go through the same steps so they meet. */
import { foldAccents, languageRules } from './languages.js';
import { applySynonyms } from './synonyms.js';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** French and Italian elisions: l'abonnement, d'authentification, j'ai. */
const ELISION = /^(?:[ldjmtsnc]|qu)'(?=\p{L})/u;

/** The words of a text, in order, as written. */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * One lower-case word as a search term in `lang`: possessive `'s` and elisions dropped, stemmed
 * with the language's Snowball stemmer, accents folded (customers often type "movil" for
 * "móvil"). Every negation ("not", "didn't", "nicht", "pas", "no") becomes `not`, which
 * troubleshooting sections ("The email didn't arrive") share with questions ("it didn't work").
 * Stop words, other contractions and single letters give null.
 */
export function toTerm(word: string, lang = 'en'): string | null {
  const rules = languageRules(lang);
  let term = word.toLowerCase().replace(/’/g, "'").replace(ELISION, '');
  if (rules.negation.test(term)) return 'not';
  if (rules.stopWords.has(term)) return null;
  const apostrophe = term.indexOf("'");
  if (apostrophe !== -1) {
    if (term.slice(apostrophe) !== "'s") return null;
    term = term.slice(0, apostrophe);
  }
  if (term.length < 2 && !/\d/.test(term)) return null;
  if (rules.stopWords.has(term)) return null;
  return foldAccents(/\d/.test(term) ? term : rules.stem(term));
}

/** The search terms of a text in `lang` (default English), in order, repeats kept. */
export function textTerms(text: string, lang = 'en'): string[] {
  return tokenize(applySynonyms(text, lang))
    .map((word) => toTerm(word, lang))
    .filter((term): term is string => term !== null);
}

/** One word stemmed for `lang`. */
export function stem(word: string, lang = 'en'): string {
  return languageRules(lang).stem(word);
}
