/** Version 11: `connectors.timeout_ms`, each connector's time limit per query (5000 ms before it was a setting). */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('connectors')
    .addColumn('timeout_ms', 'integer', (column) => column.notNull().defaultTo(5000))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('connectors').dropColumn('timeout_ms').execute();
}
