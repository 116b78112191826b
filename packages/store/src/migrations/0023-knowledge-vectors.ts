/** Version 23: embedding vectors of help-centre sections, for hybrid retrieval. */
import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect.js';

/**
 * One row per (embedding model, hash of the embedded text): a section whose text has not changed
 * is never embedded twice, and a model change starts afresh. `vector` is little-endian float32,
 * the format sqlite-vec's functions read (`bytea` on PostgreSQL, which has no `blob`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('knowledge_vectors')
    .addColumn('model', 'text', (column) => column.notNull())
    .addColumn('content_hash', 'text', (column) => column.notNull())
    .addColumn('dimensions', 'integer', (column) => column.notNull())
    .addColumn('vector', isPostgres(db) ? 'bytea' : 'blob', (column) => column.notNull())
    .addColumn('created_at', 'bigint', (column) => column.notNull())
    .addPrimaryKeyConstraint('knowledge_vectors_pk', ['model', 'content_hash'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('knowledge_vectors').execute();
}
