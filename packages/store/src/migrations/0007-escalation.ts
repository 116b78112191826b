/** Version 7: tickets are found by the id their remote system gave them (Jira and webhook callbacks). */
import type { Kysely } from 'kysely';

/** Indexes tickets by workspace, sink and external id. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('tickets_external_idx')
    .on('tickets')
    .columns(['workspace_id', 'sink', 'external_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('tickets_external_idx').execute();
}
