/** Section vectors in the SQLite database, searched with the sqlite-vec extension when it loads. */
import BetterSqlite3 from 'better-sqlite3';
import * as sqliteVec from 'sqlite-vec';

/** The shape of @frontdesk/agents' VectorStore port (structural: the store does not import agents). */
export interface SqliteVectorStore {
  load(model: string, hashes: readonly string[]): Promise<Map<string, Float32Array>>;
  save(model: string, vectors: ReadonlyMap<string, Float32Array>): Promise<void>;
  /** The `limit` hashes among `hashes` nearest to `vector` by cosine distance, nearest first. */
  nearest(
    model: string,
    hashes: readonly string[],
    vector: Float32Array,
    limit: number,
  ): Promise<{ hash: string; similarity: number }[]>;
  /** True when sqlite-vec loaded and `nearest` runs in SQL; false: the same search in process. */
  readonly usesSqliteVec: boolean;
  close(): void;
}

interface VectorRow {
  content_hash: string;
  vector: Buffer;
}

/**
 * Opens its own connection to the database file (the table comes from migration 0023, run when
 * the store opens). `onWarning` hears when sqlite-vec cannot be loaded.
 */
export function createSqliteVectorStore(
  file: string,
  options: { onWarning?: (message: string) => void } = {},
): SqliteVectorStore {
  const database = new BetterSqlite3(file);
  database.pragma('busy_timeout = 5000');
  let usesSqliteVec = false;
  try {
    sqliteVec.load(database);
    usesSqliteVec = true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    options.onWarning?.(`sqlite-vec did not load (${reason}); vector search runs in process`);
  }
  const select = database.prepare<[string, string], VectorRow>(
    'SELECT content_hash, vector FROM knowledge_vectors WHERE model = ? AND content_hash IN (SELECT value FROM json_each(?))',
  );
  const upsert = database.prepare(
    `INSERT INTO knowledge_vectors (model, content_hash, dimensions, vector, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (model, content_hash) DO UPDATE SET dimensions = excluded.dimensions, vector = excluded.vector`,
  );
  const saveAll = database.transaction((model: string, vectors: ReadonlyMap<string, Float32Array>) => {
    const now = Date.now();
    for (const [hash, vector] of vectors) upsert.run(model, hash, vector.length, toBlob(vector), now);
  });
  const nearestSql = usesSqliteVec
    ? database.prepare<[Buffer, string, string, number], { content_hash: string; distance: number }>(
        `SELECT content_hash, vec_distance_cosine(vector, ?) AS distance FROM knowledge_vectors
         WHERE model = ? AND content_hash IN (SELECT value FROM json_each(?)) ORDER BY distance LIMIT ?`,
      )
    : undefined;

  const load = async (model: string, hashes: readonly string[]) =>
    new Map(select.all(model, JSON.stringify(hashes)).map((row) => [row.content_hash, fromBlob(row.vector)]));

  return {
    usesSqliteVec,
    load,
    async save(model, vectors) {
      saveAll(model, vectors);
    },
    async nearest(model, hashes, vector, limit) {
      if (nearestSql) {
        return nearestSql
          .all(toBlob(vector), model, JSON.stringify(hashes), limit)
          .map((row) => ({ hash: row.content_hash, similarity: 1 - row.distance }));
      }
      const stored = await load(model, hashes);
      return [...stored]
        .map(([hash, candidate]) => ({ hash, similarity: cosineSimilarity(vector, candidate) }))
        .sort((left, right) => right.similarity - left.similarity)
        .slice(0, limit);
    },
    close: () => database.close(),
  };
}

function toBlob(vector: Float32Array): Buffer {
  return Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength);
}

function fromBlob(blob: Buffer): Float32Array {
  // Copied: the Buffer may sit at an offset that Float32Array cannot view.
  const copy = new Uint8Array(blob);
  return new Float32Array(copy.buffer, 0, copy.byteLength / 4);
}

function cosineSimilarity(left: Float32Array, right: Float32Array): number {
  let dot = 0;
  let leftLength = 0;
  let rightLength = 0;
  for (let position = 0; position < left.length; position++) {
    const a = left[position] ?? 0;
    const b = right[position] ?? 0;
    dot += a * b;
    leftLength += a * a;
    rightLength += b * b;
  }
  return leftLength === 0 || rightLength === 0 ? 0 : dot / Math.sqrt(leftLength * rightLength);
}
