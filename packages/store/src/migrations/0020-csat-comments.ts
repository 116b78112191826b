/** Version 20: a CSAT answer may carry the person's comment ("Add a comment" after the rating). */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('csat_answers').addColumn('comment', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('csat_answers').dropColumn('comment').execute();
}
