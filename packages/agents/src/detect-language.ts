/** Tells which language a question is in, from tinyld's guess and the words the help centre uses. */
import { createRequire } from 'node:module';
import { LANGUAGES, languageRules } from './languages.js';
import { textTerms, tokenize } from './text-terms.js';

type DetectAll = (text: string, options: { only: string[] }) => { lang: string; accuracy: number }[];
let tinyld: { detectAll: DetectAll } | undefined;

/** tinyld's model takes ~0.2 s to load: loaded at the first question, not at every start (and CLI run). */
function detectAll(text: string, options: { only: string[] }) {
  tinyld ??= createRequire(import.meta.url)('tinyld') as { detectAll: DetectAll };
  return tinyld.detectAll(text, options);
}

/** The languages a question may be recognised as: those we have stemmers and phrases for. */
export const SUPPORTED_LANGUAGES = Object.keys(LANGUAGES);

/**
 * The most likely language of `text` among SUPPORTED_LANGUAGES. Short questions ("desactivar
 * 2fa") are too short for n-gram detection alone, so each language also earns the share of the
 * question's words that are its stop words or that its articles use (`vocabularies`).
 * `fallback` wins when nothing tells the languages apart.
 */
export function detectLanguage(
  text: string,
  vocabularies: ReadonlyMap<string, ReadonlySet<string>>,
  fallback = 'en',
): string {
  const words = tokenize(text.toLowerCase());
  if (words.length === 0) return fallback;
  const guesses = new Map(
    detectAll(text, { only: SUPPORTED_LANGUAGES }).map((guess) => [guess.lang, guess.accuracy]),
  );
  let best = fallback;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const lang of SUPPORTED_LANGUAGES) {
    const stopWords = languageRules(lang).stopWords;
    const stopShare = words.filter((word) => stopWords.has(word)).length / words.length;
    const vocabulary = vocabularies.get(lang);
    const terms = textTerms(text, lang);
    const knownShare =
      vocabulary && terms.length > 0 ? terms.filter((term) => vocabulary.has(term)).length / terms.length : 0;
    const score = (guesses.get(lang) ?? 0) + stopShare + knownShare + (lang === fallback ? 0.01 : 0);
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}
