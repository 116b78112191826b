/** Writes the extractive answer (markdown) and its sources from the passages a search found. */
import type { Source } from '@frontdesk/core';
import { answerPhrases, languageName } from './answer-phrases.js';
import { type Passage, passageRank } from './knowledge-index.js';
import { absoluteLinks, excerpt } from './markdown-excerpt.js';
import { sectionUrl } from './source-url.js';

/** What the agent says (in English) when nothing it knows is close enough to the question. */
export const NO_ANSWER_TEXT = answerPhrases('en').noAnswer;

export interface ComposeAnswerOptions {
  /** Passages below this confidence are not used, and with none left the answer is "no answer". */
  minScore: number;
  maxSources: number;
  publicUrl?: string | undefined;
  /** Longest extract taken from the articles, in characters; lead and links come on top. Default 1000. */
  maxLength?: number;
  /** The asker's language: the agent's own sentences are written in it. Default `en`. */
  lang?: string;
}

export interface ComposedAnswer {
  text: string;
  sources: Source[];
  noAnswer: boolean;
}

/** A second article is quoted too when it is this close to the best one, in confidence and in rank. */
const SECOND_PASSAGE_SHARE = 0.9;
const SECOND_PASSAGE_RANK_SHARE = 0.7;
const SECOND_PASSAGE_LENGTH = 400;
/** A section shorter than this (often a lead-in) is followed by its sub-sections. */
const SHORT_SECTION_LENGTH = 250;

/**
 * The best passage's content (lists, steps and code kept, heading dropped), optionally a
 * strong passage from a second article, and a one-line pointer to the articles. Passages must
 * be sorted best first.
 */
export function composeAnswer(passages: readonly Passage[], options: ComposeAnswerOptions): ComposedAnswer {
  const confident = passages.filter((passage) => passage.confidence >= options.minScore);
  const [best] = confident;
  const lang = options.lang ?? 'en';
  const phrases = answerPhrases(lang);
  if (!best) return { text: phrases.noAnswer, sources: [], noAnswer: true };

  const maxLength = options.maxLength ?? 1000;
  const second = confident.find(
    (passage) =>
      passage.article !== best.article &&
      passage.confidence >= SECOND_PASSAGE_SHARE * best.confidence &&
      passageRank(passage) >= SECOND_PASSAGE_RANK_SHARE * passageRank(best),
  );
  const secondLength = second ? Math.min(SECOND_PASSAGE_LENGTH, Math.floor(maxLength / 3)) : 0;
  const parts = [
    best.article.lang === lang ? '' : phrases.onlyIn(languageName(best.article.lang, lang)),
    phrases.found(passageName(best)),
    passageMarkdown(best, maxLength - secondLength),
  ];
  if (second) parts.push(phrases.also(passageName(second)), passageMarkdown(second, secondLength));
  const links = [best, ...(second ? [second] : [])].map(
    (passage) =>
      `[${passage.article.title}](${sectionUrl(passage.article, passage.section, options.publicUrl)})`,
  );
  parts.push(phrases.more(links));

  return {
    text: absoluteLinks(parts.filter((part) => part !== '').join('\n\n'), options.publicUrl),
    sources: toSources(confident, options),
    noAnswer: false,
  };
}

/**
 * "Article title" for an article's top section, else "Article title — Section heading", or the
 * heading alone when it already names the article ("Reset your password on the web").
 */
export function passageName(passage: Passage): string {
  const { article, section } = passage;
  if (section.anchor === '') return article.title;
  if (section.heading.toLowerCase().includes(article.title.toLowerCase())) return section.heading;
  return `${article.title} — ${section.heading}`;
}

/** Another article is listed as a source only when it is nearly as relevant as the best one. */
const RELATED_SOURCE_SHARE = 0.75;

/** One source per article, best first, at most `maxSources`, leaving out weak also-rans. */
function toSources(passages: readonly Passage[], options: ComposeAnswerOptions): Source[] {
  const sources: Source[] = [];
  const seen = new Set<string>();
  const floor = (passages[0]?.confidence ?? 0) * RELATED_SOURCE_SHARE;
  for (const passage of passages) {
    if (sources.length >= options.maxSources) break;
    if (passage.confidence < floor) continue;
    // Deduplicated by the article's url: two sections of one article are one source.
    const articleUrl = sectionUrl(passage.article, undefined, options.publicUrl);
    if (seen.has(articleUrl)) continue;
    seen.add(articleUrl);
    const url = sectionUrl(passage.article, passage.section, options.publicUrl);
    const score = Math.min(1, Math.max(0, passage.confidence));
    sources.push({ type: 'knowledge_base', name: passageName(passage), score, url });
  }
  return sources.sort((left, right) => right.score - left.score);
}

/** The section's markdown within `maxLength`, with its sub-sections when it is only a lead-in. */
function passageMarkdown(passage: Passage, maxLength: number): string {
  const { article, section } = passage;
  let markdown = section.text;
  if (markdown.length < SHORT_SECTION_LENGTH) {
    const following = article.sections.slice(article.sections.indexOf(section) + 1);
    for (const next of following) {
      if (section.level > 0 && next.level <= section.level) break;
      if (next.text === '') continue;
      markdown += `${markdown === '' ? '' : '\n\n'}**${next.heading}**\n\n${next.text}`;
      if (markdown.length > maxLength) break;
    }
  }
  if (markdown.trim() === '') markdown = article.summary ?? '';
  return excerpt(markdown, maxLength).text;
}
