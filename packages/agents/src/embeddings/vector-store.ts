/** Where section vectors are kept between restarts, keyed by model and a hash of the section's text. */

/** Port: the SQL store implements it for SQLite (see @frontdesk/store); a Map does for tests. */
export interface VectorStore {
  /** The stored vectors of these content hashes for `model` (missing ones are left out). */
  load(model: string, hashes: readonly string[]): Promise<Map<string, Float32Array>>;
  /** Stores (or replaces) vectors. */
  save(model: string, vectors: ReadonlyMap<string, Float32Array>): Promise<void>;
  /** Optional: the `limit` hashes among `hashes` nearest to `vector`, searched by the database itself. */
  nearest?(
    model: string,
    hashes: readonly string[],
    vector: Float32Array,
    limit: number,
  ): Promise<{ hash: string; similarity: number }[]>;
}

/** A VectorStore in memory: vectors last as long as the process. */
export function createMemoryVectorStore(): VectorStore & { size(): number } {
  const vectors = new Map<string, Float32Array>();
  return {
    async load(model, hashes) {
      const found = new Map<string, Float32Array>();
      for (const hash of hashes) {
        const vector = vectors.get(`${model}\u0000${hash}`);
        if (vector) found.set(hash, vector);
      }
      return found;
    },
    async save(model, entries) {
      for (const [hash, vector] of entries) vectors.set(`${model}\u0000${hash}`, vector);
    },
    size: () => vectors.size,
  };
}
