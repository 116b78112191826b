/** The help centre's sections in every language it has, searched in the asker's language first. */
import type { Article } from './article.js';
import { detectLanguage } from './detect-language.js';
import type { QueryPart } from './query-terms.js';
import { createSectionIndex, type Passage, type SectionIndex } from './section-index.js';

export { type Passage, passageRank, rankPassages } from './section-index.js';

export interface KnowledgeIndex {
  readonly articles: readonly Article[];
  readonly sectionCount: number;
  /** The languages the articles are written in. */
  readonly languages: readonly string[];
  /** The language a question is most likely in (see detectLanguage). */
  detectLanguage(text: string): string;
  /**
   * Sections for a question, best first, with raw scores and confidence. Searched in every
   * language (the asker's, `lang` or detected from the question, counts most); a section found
   * in another language is swapped for its translation in the asker's language when there is one.
   */
  search(query: string | readonly QueryPart[], limit?: number, lang?: string): Passage[];
}

/** A section found only in another language than the asker's counts this share of its confidence. */
const OTHER_LANGUAGE_SHARE = 0.85;

/** Builds one section index per language; cheap enough to rebuild on every change. */
export function createKnowledgeIndex(articles: readonly Article[]): KnowledgeIndex {
  const byLanguage = new Map<string, Article[]>();
  for (const article of articles)
    byLanguage.set(article.lang, [...(byLanguage.get(article.lang) ?? []), article]);
  const indexes = new Map<string, SectionIndex>(
    [...byLanguage].map(([lang, group]) => [lang, createSectionIndex(group, lang)]),
  );
  const vocabularies = new Map([...indexes].map(([lang, index]) => [lang, index.vocabulary]));
  const mainLanguage = [...indexes.values()].sort((left, right) => right.sectionCount - left.sectionCount)[0]
    ?.lang;
  const detect = (text: string) => detectLanguage(text, vocabularies, mainLanguage ?? 'en');

  return {
    articles,
    sectionCount: [...indexes.values()].reduce((total, index) => total + index.sectionCount, 0),
    languages: [...indexes.keys()],
    detectLanguage: detect,
    search(query, limit = 10, lang) {
      const lead = typeof query === 'string' ? query : (query[0]?.text ?? '');
      const askerLang = lang ?? detect(lead);
      const found: Passage[] = [];
      for (const index of indexes.values()) {
        const share = index.lang === askerLang ? 1 : OTHER_LANGUAGE_SHARE;
        for (const passage of index.search(query, limit, askerLang)) {
          found.push(share === 1 ? passage : { ...passage, confidence: round(passage.confidence * share) });
        }
      }
      // Stable: within one language the order (and non-rising confidence) of its index is kept.
      found.sort((left, right) => right.confidence - left.confidence);
      return inAskerLanguage(found, indexes.get(askerLang), articles, askerLang).slice(0, limit);
    },
  };
}

/**
 * Each passage from an article that has a translation in the asker's language replaced by the
 * translation's best-matching section (or its opening one), keeping the found confidence.
 */
function inAskerLanguage(
  passages: readonly Passage[],
  askerIndex: SectionIndex | undefined,
  articles: readonly Article[],
  askerLang: string,
): Passage[] {
  if (!askerIndex) return [...passages];
  const result: Passage[] = [];
  const seen = new Set<string>();
  for (const passage of passages) {
    let chosen = passage;
    if (passage.article.lang !== askerLang) {
      const translation = articles.find(
        (article) => article.lang === askerLang && article.translationKey === passage.article.translationKey,
      );
      if (translation) {
        const own = passages.find((candidate) => candidate.article === translation);
        const section = own?.section ?? translation.sections[0];
        if (section) chosen = { ...passage, article: translation, section };
      }
    }
    if (seen.has(chosen.section.id)) continue;
    seen.add(chosen.section.id);
    result.push(chosen);
  }
  return result;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
