/** Embeds the sections of the help centre, reusing stored vectors so only changed sections are sent. */
import { createHash } from 'node:crypto';
import type { Article, Section } from '../article.js';
import type { EmbeddingClient } from './embedding-client.js';
import type { VectorStore } from './vector-store.js';

/** The text a section is embedded from: where it sits, then what it says. */
export function sectionText(article: Article, section: Section): string {
  const heading = section.anchor === '' ? '' : `\n${section.heading}`;
  const summary = section.anchor === '' && article.summary ? `\n${article.summary}` : '';
  return `${article.title}${heading}${summary}\n\n${section.text}`.slice(0, 4000);
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * A vector for every section id. Sections whose text is unchanged since they were last embedded
 * (same model, same hash) come from the store; only the rest go to the embeddings API.
 */
export async function embedSections(
  articles: readonly Article[],
  client: EmbeddingClient,
  store: VectorStore,
): Promise<{ vectors: Map<string, Float32Array>; hashes: Map<string, string>; embedded: number }> {
  const entries = articles.flatMap((article) =>
    article.sections.map((section) => {
      const text = sectionText(article, section);
      return { id: section.id, text, hash: contentHash(text) };
    }),
  );
  const known = await store.load(client.model, [...new Set(entries.map((entry) => entry.hash))]);
  const missing = [
    ...new Map(entries.filter((entry) => !known.has(entry.hash)).map((e) => [e.hash, e])).values(),
  ];
  if (missing.length > 0) {
    const fresh = await client.embed(missing.map((entry) => entry.text));
    const saved = new Map(missing.map((entry, position) => [entry.hash, fresh[position] as Float32Array]));
    await store.save(client.model, saved);
    for (const [hash, vector] of saved) known.set(hash, vector);
  }
  const vectors = new Map<string, Float32Array>();
  const hashes = new Map<string, string>();
  for (const entry of entries) {
    const vector = known.get(entry.hash);
    if (vector) vectors.set(entry.id, vector);
    hashes.set(entry.id, entry.hash);
  }
  return { vectors, hashes, embedded: missing.length };
}
