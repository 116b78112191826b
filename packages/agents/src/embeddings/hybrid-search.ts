/** Hybrid retrieval: the lexical ranking and the embedding ranking fused by reciprocal rank. */
import type { Article, Section } from '../article.js';
import type { Passage } from '../knowledge-index.js';
import { cosine, type EmbeddingClient } from './embedding-client.js';

/** The usual RRF constant: a result's weight is 1 / (k + rank). */
const RRF_K = 60;
/** How many sections each ranking contributes. */
const DEPTH = 20;

export interface HybridOptions {
  client: EmbeddingClient;
  /** Cosine similarity at which a section counts as a match on its own. Default 0.5. */
  minSimilarity?: number;
  /** The agent's confidence threshold: a section at `minSimilarity` gets this confidence. */
  minScore: number;
}

interface VectorEntry {
  article: Article;
  section: Section;
  vector: Float32Array;
  /** The hash of the embedded text, the key in the vector store. */
  hash: string;
}

type NearestSearch = (
  vector: Float32Array,
  hashes: readonly string[],
  limit: number,
) => Promise<{ hash: string; similarity: number }[]>;

/** Sections and their vectors, swapped as a whole when the knowledge changes. */
export interface VectorIndex {
  entries: readonly VectorEntry[];
  /** The database's own nearest-neighbour search (sqlite-vec), when the store has one. */
  nearest?: NearestSearch;
}

export function createVectorIndex(
  articles: readonly Article[],
  vectors: ReadonlyMap<string, Float32Array>,
  hashes: ReadonlyMap<string, string> = new Map(),
  nearest?: NearestSearch,
): VectorIndex {
  const entries = articles.flatMap((article) =>
    article.sections.flatMap((section) => {
      const vector = vectors.get(section.id);
      return vector ? [{ article, section, vector, hash: hashes.get(section.id) ?? section.id }] : [];
    }),
  );
  return nearest ? { entries, nearest } : { entries };
}

/** The entries nearest the question's vector, by the database when it can, else in process. */
async function nearestEntries(
  vectorIndex: VectorIndex,
  candidates: readonly VectorEntry[],
  queryVector: Float32Array,
): Promise<(VectorEntry & { similarity: number })[]> {
  if (vectorIndex.nearest) {
    const byHash = new Map<string, VectorEntry[]>();
    for (const entry of candidates) byHash.set(entry.hash, [...(byHash.get(entry.hash) ?? []), entry]);
    const hits = await vectorIndex.nearest(queryVector, [...byHash.keys()], DEPTH);
    return hits.flatMap((hit) =>
      (byHash.get(hit.hash) ?? []).map((entry) => ({ ...entry, similarity: hit.similarity })),
    );
  }
  return candidates
    .map((entry) => ({ ...entry, similarity: cosine(queryVector, entry.vector) }))
    .sort((left, right) => right.similarity - left.similarity)
    .slice(0, DEPTH);
}

/**
 * The lexical passages fused with the sections nearest the question's embedding, best first by
 * reciprocal rank. Each passage's confidence is the higher of its lexical confidence and its
 * similarity mapped onto the same scale (`minSimilarity` → `minScore`, 1 → 1), so refusing still
 * means "neither kind of search found anything close".
 */
export async function hybridSearch(
  question: string,
  lexical: readonly Passage[],
  vectorIndex: VectorIndex,
  options: HybridOptions & { lang: string },
  signal?: AbortSignal,
): Promise<Passage[]> {
  if (vectorIndex.entries.length === 0) return [...lexical];
  // An article with a translation in the asker's language is found through the translation.
  const translated = new Set(
    vectorIndex.entries
      .filter((entry) => entry.article.lang === options.lang)
      .map((entry) => entry.article.translationKey),
  );
  const [queryVector] = await options.client.embed([question], signal);
  if (!queryVector) return [...lexical];
  const candidates = vectorIndex.entries.filter(
    (entry) => entry.article.lang === options.lang || !translated.has(entry.article.translationKey),
  );
  const nearest = await nearestEntries(vectorIndex, candidates, queryVector);

  const minSimilarity = options.minSimilarity ?? 0.5;
  const toConfidence = (similarity: number) =>
    similarity >= minSimilarity
      ? options.minScore + ((similarity - minSimilarity) / (1 - minSimilarity)) * (1 - options.minScore)
      : (similarity / minSimilarity) * options.minScore * 0.9;

  const fused = new Map<string, { passage: Passage; rrf: number }>();
  lexical.slice(0, DEPTH).forEach((passage, rank) => {
    fused.set(passage.section.id, { passage, rrf: 1 / (RRF_K + rank + 1) });
  });
  nearest.forEach((hit, rank) => {
    const confidence = Math.round(Math.min(1, Math.max(0, toConfidence(hit.similarity))) * 1000) / 1000;
    const existing = fused.get(hit.section.id);
    if (existing) {
      existing.rrf += 1 / (RRF_K + rank + 1);
      existing.passage = {
        ...existing.passage,
        confidence: Math.max(existing.passage.confidence, confidence),
      };
    } else {
      const passage: Passage = {
        article: hit.article,
        section: hit.section,
        score: 0,
        coverage: 0,
        confidence,
        matchedTerms: [],
      };
      fused.set(hit.section.id, { passage, rrf: 1 / (RRF_K + rank + 1) });
    }
  });
  return [...fused.values()].sort((left, right) => right.rrf - left.rrf).map((entry) => entry.passage);
}
