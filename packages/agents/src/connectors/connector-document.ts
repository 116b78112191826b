/** A connector result as a document: what goes into the prompt, and the source it becomes. */
import type { Source } from '@frontdesk/core';

/** One result a connector returned, with the connector it came from. */
export interface ConnectorDocument {
  connectorName: string;
  /** The result's fields exactly as the connector sent them. */
  fields: Record<string, unknown>;
  /** Fields left out of the prompt; they stay in `fields`. */
  excludes: readonly string[];
  /** 0..1: the result's own `score` when it gives one, else from its rank. */
  score: number;
}

const TITLE_FIELDS = ['title', 'name', 'heading'];
const URL_FIELDS = ['url', 'link', 'href'];

function firstText(fields: Record<string, unknown>, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = fields[name];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}

/** The document's title, or the connector's name when it has none. */
export function documentTitle(document: ConnectorDocument): string {
  return firstText(document.fields, TITLE_FIELDS) ?? document.connectorName;
}

/**
 * The document as prompt text: every field except the excluded ones (and the url, shown apart),
 * one `name: value` line each, objects as JSON.
 */
export function documentPromptText(document: ConnectorDocument): string {
  const hidden = new Set([...document.excludes, ...URL_FIELDS, 'score']);
  return Object.entries(document.fields)
    .filter(([name, value]) => !hidden.has(name) && value !== null && value !== undefined && value !== '')
    .map(([name, value]) => `${name}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('\n');
}

/** The source shown with an answer that cites the document. */
export function documentSource(document: ConnectorDocument): Source {
  const url = firstText(document.fields, URL_FIELDS);
  return {
    type: 'connector',
    name: documentTitle(document),
    score: document.score,
    ...(url && /^https?:\/\//i.test(url) ? { url } : {}),
  };
}

/** A result's score: its own `score` field when it is a number from 0 to 1, else falling with rank. */
export function resultScore(fields: Record<string, unknown>, rank: number): number {
  const own = fields.score;
  if (typeof own === 'number' && own >= 0 && own <= 1) return own;
  return Math.max(0.1, Math.round((0.9 - rank * 0.1) * 100) / 100);
}
