/** A MiniSearch index over the sections of the help articles in one language, with scores a caller can judge. */
import MiniSearch from 'minisearch';
import type { Article, Section } from './article.js';
import { passageConfidence } from './confidence.js';
import { languageRules } from './languages.js';
import { type QueryPart, weightTerms } from './query-terms.js';
import { textTerms } from './text-terms.js';

/** One section found for a question. */
export interface Passage {
  article: Article;
  section: Section;
  /** MiniSearch's raw BM25 score: only comparable within one search. */
  score: number;
  /** Share of the question's weighted terms (rarer terms weigh more) found in the section, 0..1. */
  coverage: number;
  /** How likely the section answers the question, 0..1 on a scale that holds across questions. */
  confidence: number;
  /** The question's terms (as search terms) that the section contains, exactly or nearly. */
  matchedTerms: string[];
}

/** The sections of the articles in one language. */
export interface SectionIndex {
  readonly lang: string;
  readonly articles: readonly Article[];
  readonly sectionCount: number;
  /** The search terms the sections use, for telling which language a question is in. */
  readonly vocabulary: ReadonlySet<string>;
  /**
   * Sections for a question, best first (see rankPassages), with raw scores and confidence. A
   * list of parts weighs each part's terms; parts weighing less than the most are context.
   * `askerLang` is the question's language when it differs: its stop words are dropped first.
   */
  search(query: string | readonly QueryPart[], limit?: number, askerLang?: string): Passage[];
}

interface IndexedSection {
  id: number;
  title: string;
  heading: string;
  text: string;
  tags: string;
}

const FIELD_BOOSTS = { title: 2, heading: 2, text: 1, tags: 1.5 };
/** Credit for a question term found only as the start of a longer word, or only by fuzzy match. */
const PREFIX_CREDIT = 0.7;
const FUZZY_CREDIT = 0.7;
/** A term from earlier turns that a section lacks counts this much against it. */
const CONTEXT_MISS_SHARE = 0.25;
/** A question word the help centre never uses counts as much as this share of the rarest known word. */
const UNKNOWN_TERM_SHARE = 0.8;
/** ... or this share when it is a common word of the language ("good", "pick"). */
const UNKNOWN_WEAK_TERM_SHARE = 0.15;

/** Builds the index of `articles` (all in `lang`); cheap enough to rebuild on every change. */
export function createSectionIndex(articles: readonly Article[], lang: string): SectionIndex {
  const entries = articles.flatMap((article) => article.sections.map((section) => ({ article, section })));
  const miniSearch = new MiniSearch<IndexedSection>({
    fields: ['title', 'heading', 'text', 'tags'],
    storeFields: [],
    // Fields arrive as search terms already (see toDocument), and so do queries.
    tokenize: splitTerms,
    processTerm: (term) => term,
    searchOptions: {
      boost: FIELD_BOOSTS,
      // One typo in a word of four letters or more, two from eight.
      fuzzy: (term) => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : false),
      prefix: (term) => term.length >= 3,
      combineWith: 'OR',
    },
  });
  const documents = entries.map(({ article, section }, id) => toDocument(id, article, section, lang));
  miniSearch.addAll(documents);
  const documentFrequency = countDocumentFrequency(documents);
  const rarity = (frequency: number) => Math.log(1 + (entries.length - frequency + 0.5) / (frequency + 0.5));
  const unknownRarity = rarity(1) * UNKNOWN_TERM_SHARE;
  const weakRarity = rarity(1) * UNKNOWN_WEAK_TERM_SHARE;
  const { weakTerms } = languageRules(lang);

  return {
    lang,
    articles,
    sectionCount: entries.length,
    vocabulary: new Set(documentFrequency.keys()),
    search(query, limit = 10, askerLang = lang) {
      const parts = typeof query === 'string' ? [{ text: query, weight: 1 }] : query;
      const weights = weightTerms(parts, lang, askerLang);
      // A question in another language is looked up by the words it shares with these articles
      // (names, "2fa", "api"), and counts only as much as the share of its words they are.
      let sharedShare = 1;
      if (askerLang !== lang) {
        const total = weights.size;
        for (const term of weights.keys()) if (!documentFrequency.has(term)) weights.delete(term);
        sharedShare = total > 0 ? Math.sqrt(weights.size / total) : 0;
      }
      if (weights.size === 0 || entries.length === 0) return [];
      const leadWeight = Math.max(...weights.values());
      const terms = [...weights].map(([term, weight]): WeightedTerm => {
        const frequency = documentFrequency.get(term) ?? 0;
        const unknown = weakTerms.has(term) ? weakRarity : unknownRarity;
        const importance = weight * (frequency > 0 ? rarity(frequency) : unknown);
        return { term, importance, isContext: weight < leadWeight };
      });
      const results = miniSearch.search([...weights.keys()].join(' '), {
        boostTerm: (term) => weights.get(term) ?? 1,
      });
      const passages = results.map((result): Passage => {
        const { coverage, matchedImportance } = measureCoverage(terms, result.queryTerms, result.terms);
        const queryWeight = matchedImportance * result.queryTerms.length;
        const confidence = sharedShare * passageConfidence({ coverage, score: result.score, queryWeight });
        const entry = entries[result.id as number]!;
        return { ...entry, score: result.score, coverage, confidence, matchedTerms: result.queryTerms };
      });
      return rankPassages(passages).slice(0, limit);
    },
  };
}

/**
 * Best first by raw score weighed by coverage squared: the raw score knows where a term was found
 * (a heading beats a passing mention), coverage knows whether the whole question was. Confidence
 * is then capped so it never rises down the list.
 */
export function rankPassages(passages: Passage[]): Passage[] {
  const ranked = [...passages].sort((left, right) => passageRank(right) - passageRank(left));
  let ceiling = 1;
  return ranked.map((passage) => {
    ceiling = Math.min(ceiling, passage.confidence);
    return passage.confidence > ceiling ? { ...passage, confidence: ceiling } : passage;
  });
}

/** The key passages are ranked by; only comparable within one search. */
export function passageRank(passage: Passage): number {
  return passage.score * passage.coverage * passage.coverage;
}

interface WeightedTerm {
  term: string;
  importance: number;
  /** From earlier turns: counts when found, and only a little when missing. */
  isContext: boolean;
}

/**
 * The share of the question's importance a section covers. An exact match counts fully, a
 * prefix or fuzzy one partly; a missing context term counts only CONTEXT_MISS_SHARE against it.
 */
function measureCoverage(
  terms: readonly WeightedTerm[],
  matchedTerms: readonly string[],
  foundTerms: readonly string[],
): { coverage: number; matchedImportance: number } {
  let covered = 0;
  let total = 0;
  for (const { term, importance, isContext } of terms) {
    const credit = !matchedTerms.includes(term)
      ? 0
      : foundTerms.includes(term)
        ? 1
        : foundTerms.some((found) => found.startsWith(term))
          ? PREFIX_CREDIT
          : FUZZY_CREDIT;
    covered += importance * credit;
    total += importance * (isContext ? Math.max(credit, CONTEXT_MISS_SHARE) : 1);
  }
  return { coverage: total > 0 ? Math.min(1, covered / total) : 0, matchedImportance: covered };
}

/** A section's fields as space-separated search terms, tokenized once for MiniSearch and for counting. */
function toDocument(id: number, article: Article, section: Section, lang: string): IndexedSection {
  const isTop = section.anchor === '';
  const text = isTop && article.summary ? `${article.summary}\n\n${section.text}` : section.text;
  return {
    id,
    title: joinTerms(article.title, lang),
    // The top section's heading is the title, which is indexed already.
    heading: isTop ? '' : joinTerms(section.heading, lang),
    text: joinTerms(searchableText(text), lang),
    tags: joinTerms(article.tags.join(', '), lang),
  };
}

function joinTerms(text: string, lang: string): string {
  return textTerms(text, lang).join(' ');
}

function splitTerms(text: string): string[] {
  return text === '' ? [] : text.split(' ');
}

/** Markdown without what is not words a reader would search for: link targets, URLs, HTML tags. */
function searchableText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\bhttps?:\/\/\S+/g, ' ');
}

function countDocumentFrequency(documents: readonly IndexedSection[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const document of documents) {
    const terms = [document.title, document.heading, document.text, document.tags].flatMap(splitTerms);
    for (const term of new Set(terms)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  }
  return frequency;
}
