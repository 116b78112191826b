/** Version 41: each integration keeps how its ticket deliveries went (the console shows it as its status). */
import type { Kysely } from 'kysely';

/** Adds `last_delivered_at`, `last_error` and `last_error_at` to `integrations`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('integrations').addColumn('last_delivered_at', 'bigint').execute();
  await db.schema.alterTable('integrations').addColumn('last_error', 'text').execute();
  await db.schema.alterTable('integrations').addColumn('last_error_at', 'bigint').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('integrations').dropColumn('last_error_at').execute();
  await db.schema.alterTable('integrations').dropColumn('last_error').execute();
  await db.schema.alterTable('integrations').dropColumn('last_delivered_at').execute();
}
