/** A question's search terms in its own language, for grouping similar questions. */
import { detectLanguage } from './detect-language.js';
import { textTerms } from './text-terms.js';

const NO_VOCABULARIES = new Map<string, ReadonlySet<string>>();

/** The terms of `text` stemmed in its detected language (en, de, fr or es). */
export function questionTerms(text: string): string[] {
  return textTerms(text, detectLanguage(text, NO_VOCABULARIES));
}
