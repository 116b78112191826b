/**
 * Section vectors in PostgreSQL, searched with pgvector when the server has it.
 *
 * With pgvector the vectors live in `knowledge_embeddings` (a `vector` column, created here on
 * first use, since the extension may be missing and a migration must not fail for it) and the
 * nearest ones are found in SQL by cosine distance (`<=>`). Without it, the migrated
 * `knowledge_vectors` table (float32 bytes) keeps them and the search runs in process, as the
 * SQLite store does without sqlite-vec.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.js';
import { openPostgresDatabase, type PostgresStoreOptions } from './open-postgres.js';

/** The shape of @frontdesk/agents' VectorStore port (structural: the store does not import agents). */
export interface PostgresVectorStore {
  load(model: string, hashes: readonly string[]): Promise<Map<string, Float32Array>>;
  save(model: string, vectors: ReadonlyMap<string, Float32Array>): Promise<void>;
  /** The `limit` hashes among `hashes` nearest to `vector` by cosine distance, nearest first. */
  nearest(
    model: string,
    hashes: readonly string[],
    vector: Float32Array,
    limit: number,
  ): Promise<{ hash: string; similarity: number }[]>;
  /** Resolves true when pgvector is in use; false: the bytes table and an in-process search. */
  usesPgvector(): Promise<boolean>;
  close(): Promise<void>;
}

type Db = Kysely<Database>;

/** Where the extension lives, creating it (in `public`) when the server has it and it is absent. */
async function pgvectorSchema(db: Db): Promise<string | undefined> {
  const find = async () =>
    (
      await sql<{ schema: string }>`SELECT extnamespace::regnamespace::text AS schema
        FROM pg_extension WHERE extname = 'vector'`.execute(db)
    ).rows[0]?.schema;
  const existing = await find();
  if (existing) return existing;
  const available = await sql`SELECT 1 FROM pg_available_extensions WHERE name = 'vector'`.execute(db);
  if (available.rows.length === 0) throw new Error('the extension is not installed on the server');
  try {
    // In `public`, not the store's own schema: the extension is one per database.
    await sql`CREATE EXTENSION IF NOT EXISTS vector WITH SCHEMA public`.execute(db);
  } catch (error) {
    // Another instance may have created it at the same moment; anything else is a real failure.
    const created = await find();
    if (created) return created;
    throw error;
  }
  return find();
}

async function createTable(db: Db, schema: string): Promise<void> {
  const statement = sql`CREATE TABLE IF NOT EXISTS knowledge_embeddings (
    model text NOT NULL,
    content_hash text NOT NULL,
    dimensions integer NOT NULL,
    embedding ${sql.id(schema, 'vector')} NOT NULL,
    created_at bigint NOT NULL,
    PRIMARY KEY (model, content_hash))`;
  try {
    await statement.execute(db);
  } catch {
    // Two instances creating it at once: one wins, the other's IF NOT EXISTS races; try once more.
    await statement.execute(db);
  }
}

/** `[0.1,0.2]`, pgvector's text form. */
function vectorText(vector: Float32Array): string {
  return `[${Array.from(vector).join(',')}]`;
}

/**
 * Opens its own small pool on `url` (the store's tables come from the migrations, run when the
 * store opens). `onWarning` hears when pgvector cannot be used.
 */
export function createPostgresVectorStore(
  options: Pick<PostgresStoreOptions, 'url' | 'schema'> & {
    onWarning?: (message: string) => void;
    /** false: never create or use the extension (the bytes table and an in-process search). */
    pgvector?: boolean;
  },
): PostgresVectorStore {
  const db = openPostgresDatabase({ url: options.url, schema: options.schema, maxConnections: 2 });
  const setup = (async (): Promise<string | undefined> => {
    if (options.pgvector === false) return undefined;
    try {
      const schema = await pgvectorSchema(db);
      if (!schema) throw new Error('the extension could not be found after creating it');
      await createTable(db, schema);
      return schema;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      options.onWarning?.(`pgvector cannot be used (${reason}); vector search runs in process`);
      return undefined;
    }
  })();

  const load = async (model: string, hashes: readonly string[]) => {
    const schema = await setup;
    if (schema) {
      const { rows } = await sql<{ content_hash: string; embedding: string }>`
        SELECT content_hash, embedding::text AS embedding FROM knowledge_embeddings
        WHERE model = ${model} AND content_hash = ANY(${[...hashes]}::text[])`.execute(db);
      return new Map(rows.map((row) => [row.content_hash, Float32Array.from(JSON.parse(row.embedding))]));
    }
    const { rows } = await sql<{ content_hash: string; vector: Buffer }>`
      SELECT content_hash, vector FROM knowledge_vectors
      WHERE model = ${model} AND content_hash = ANY(${[...hashes]}::text[])`.execute(db);
    return new Map(rows.map((row) => [row.content_hash, fromBytes(row.vector)]));
  };

  return {
    usesPgvector: async () => (await setup) !== undefined,
    load,
    async save(model, vectors) {
      const schema = await setup;
      const now = Date.now();
      await db.transaction().execute(async (trx) => {
        for (const [hash, vector] of vectors) {
          if (schema) {
            await sql`INSERT INTO knowledge_embeddings (model, content_hash, dimensions, embedding, created_at)
              VALUES (${model}, ${hash}, ${vector.length}, ${vectorText(vector)}::${sql.id(schema, 'vector')}, ${now})
              ON CONFLICT (model, content_hash) DO UPDATE
              SET dimensions = excluded.dimensions, embedding = excluded.embedding`.execute(trx);
          } else {
            await sql`INSERT INTO knowledge_vectors (model, content_hash, dimensions, vector, created_at)
              VALUES (${model}, ${hash}, ${vector.length}, ${toBytes(vector)}, ${now})
              ON CONFLICT (model, content_hash) DO UPDATE
              SET dimensions = excluded.dimensions, vector = excluded.vector`.execute(trx);
          }
        }
      });
    },
    async nearest(model, hashes, vector, limit) {
      const schema = await setup;
      if (schema) {
        const { rows } = await sql<{ content_hash: string; distance: number }>`
          SELECT content_hash,
            embedding OPERATOR(${sql.raw(`${quoted(schema)}.<=>`)}) ${vectorText(vector)}::${sql.id(schema, 'vector')} AS distance
          FROM knowledge_embeddings
          WHERE model = ${model} AND dimensions = ${vector.length} AND content_hash = ANY(${[...hashes]}::text[])
          ORDER BY distance LIMIT ${limit}`.execute(db);
        return rows.map((row) => ({ hash: row.content_hash, similarity: 1 - Number(row.distance) }));
      }
      const stored = await load(model, hashes);
      return [...stored]
        .map(([hash, candidate]) => ({ hash, similarity: cosineSimilarity(vector, candidate) }))
        .sort((left, right) => right.similarity - left.similarity)
        .slice(0, limit);
    },
    close: () => db.destroy(),
  };
}

/** A schema name as a quoted identifier, for the one place `sql.id` cannot go (an operator). */
function quoted(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

function toBytes(vector: Float32Array): Buffer {
  return Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength);
}

function fromBytes(bytes: Buffer): Float32Array {
  const copy = new Uint8Array(bytes);
  return new Float32Array(copy.buffer, 0, copy.byteLength / 4);
}

function cosineSimilarity(left: Float32Array, right: Float32Array): number {
  let dot = 0;
  let leftLength = 0;
  let rightLength = 0;
  for (let position = 0; position < Math.min(left.length, right.length); position++) {
    const a = left[position] ?? 0;
    const b = right[position] ?? 0;
    dot += a * b;
    leftLength += a * a;
    rightLength += b * b;
  }
  return leftLength === 0 || rightLength === 0 ? 0 : dot / Math.sqrt(leftLength * rightLength);
}
