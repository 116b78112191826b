/** The languages the embedded agent reads: a Snowball stemmer, stop words and negations for each. */

import { createRequire } from 'node:module';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as frenchStemmer } from '@orama/stemmers/french';
import { stemmer as germanStemmer } from '@orama/stemmers/german';
import { stemmer as spanishStemmer } from '@orama/stemmers/spanish';
import { STOP_WORDS } from './stop-words.js';

/** How one language's words become search terms. */
export interface LanguageRules {
  code: string;
  stem(word: string): string;
  stopWords: ReadonlySet<string>;
  /** Words that negate ("not", "nicht", "pas", "no"): each becomes the term `not`. */
  negation: RegExp;
  /**
   * Stemmed common words ("good", "pick up"…) that are not stop words: when the help centre never
   * uses one, its absence from a section says little, unlike a missing topic word ("router").
   */
  weakTerms: ReadonlySet<string>;
}

/**
 * Words the generic stop-word lists drop that carry a question's meaning here: polarity (on/off,
 * ein/aus), negation, and plain nouns the help centre is about ("cuenta" is "account").
 */
const KEEP = new Set(
  `aus ein an ab kein keine keinen nicht ohne zeit zurück neu neue neues konto nouveau nouvelle pas
  compte temps no sin cuenta nuevo nueva tiempo dos deux zwei`.split(/\s+/),
);

/** The stopwords-iso lists (one JSON file, read once). */
const stopwordsIso = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;

/** Greetings, thanks and wishes that the generic lists lack. */
const FILLER: Readonly<Record<string, string>> = {
  de: 'bitte danke hallo möchte möchten will brauche komme rein finde gibt geht',
  fr: 'merci bonjour voudrais veux besoin trouver faire',
  es: 'gracias hola quiero quisiera necesito puedo',
};

function isoStopWords(code: 'de' | 'fr' | 'es'): ReadonlySet<string> {
  const words = [...(stopwordsIso[code] ?? []), ...(FILLER[code] ?? '').split(' ')];
  return new Set(words.map((word) => word.toLowerCase()).filter((word) => !KEEP.has(word)));
}

function weakTerms(
  code: string,
  stem: (word: string) => string,
  stopWords: ReadonlySet<string>,
): Set<string> {
  const words = (stopwordsIso[code] ?? []).filter((word) => !KEEP.has(word) && !stopWords.has(word));
  return new Set(words.map((word) => foldAccents(stem(word.toLowerCase()))));
}

/** Accents folded (NFD, marks dropped): customers often type "movil" for "móvil". */
export function foldAccents(term: string): string {
  return term.normalize('NFD').replace(/\p{M}/gu, '');
}

function rules(
  code: string,
  stem: (word: string) => string,
  stopWords: ReadonlySet<string>,
  negation: RegExp,
): LanguageRules {
  return { code, stem, stopWords, negation, weakTerms: weakTerms(code, stem, stopWords) };
}

/** English keeps its own short list (see stop-words.ts): the generic one drops "new", "open", "turn". */
export const LANGUAGES: Readonly<Record<string, LanguageRules>> = {
  en: rules(
    'en',
    englishStemmer,
    STOP_WORDS,
    /^(?:not|cannot|\p{L}+n't|(?:do|does|did|is|are|was|were|ca|wo|have|has|could|should)nt)$/u,
  ),
  de: rules('de', germanStemmer, isoStopWords('de'), /^(?:nicht|kein\p{L}*|nie)$/u),
  fr: rules('fr', frenchStemmer, isoStopWords('fr'), /^(?:pas|jamais)$/u),
  es: rules('es', spanishStemmer, isoStopWords('es'), /^(?:no|nunca)$/u),
};

/** The rules for a language code, English for one we have no rules for. */
export function languageRules(code: string): LanguageRules {
  return LANGUAGES[code] ?? (LANGUAGES.en as LanguageRules);
}
