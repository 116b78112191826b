/** The numbered passages an LLM answers from: help-centre sections and connector documents. */
import type { Source } from '@frontdesk/core';
import {
  type ConnectorDocument,
  documentPromptText,
  documentSource,
  documentTitle,
} from '../connectors/connector-document.js';
import type { Passage } from '../knowledge-index.js';
import { sectionUrl } from '../source-url.js';

/** One passage the model may cite as `[n]`, and the source it stands for. */
export interface ContextEntry {
  title: string;
  text: string;
  source: Source;
}

/** Longest passage text put in the prompt, in characters. */
const MAX_ENTRY_LENGTH = 1500;

function clip(text: string): string {
  return text.length <= MAX_ENTRY_LENGTH ? text : `${text.slice(0, MAX_ENTRY_LENGTH)}…`;
}

/** A help-centre section as an entry; its source is the section's link. */
export function passageEntry(passage: Passage, publicUrl: string | undefined): ContextEntry {
  const { article, section } = passage;
  const title = section.level === 0 ? article.title : `${article.title} — ${section.heading}`;
  return {
    title,
    text: clip(section.text.trim()),
    source: {
      type: 'knowledge_base',
      name: title,
      score: Math.round(passage.confidence * 1000) / 1000,
      url: sectionUrl(article, section, publicUrl),
    },
  };
}

/** A connector document as an entry; excluded fields stay out of `text` but the source keeps the url. */
export function documentEntry(document: ConnectorDocument): ContextEntry {
  return {
    title: documentTitle(document),
    text: clip(documentPromptText(document)),
    source: documentSource(document),
  };
}

/** The entries as prompt text, numbered from `start` (1 for the first). */
export function renderEntries(entries: readonly ContextEntry[], start = 1): string {
  return entries.map((entry, index) => `[${start + index}] ${entry.title}\n${entry.text}`).join('\n\n');
}

/**
 * The sources of the entries the answer cites as `[n]`, in the order first cited, each once.
 * Numbers that name no entry are ignored.
 */
export function citedSources(answer: string, entries: readonly ContextEntry[]): Source[] {
  const cited: Source[] = [];
  const seen = new Set<number>();
  for (const match of answer.matchAll(/\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]/g)) {
    for (const number of match[1]!.split(',').map((part) => Number(part.trim()))) {
      const entry = entries[number - 1];
      if (!entry || seen.has(number)) continue;
      seen.add(number);
      cited.push(entry.source);
    }
  }
  return cited;
}
