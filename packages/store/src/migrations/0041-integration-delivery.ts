/** Version 41: each integration keeps how its ticket deliveries went; request log rows name their bot. */
import type { Kysely } from 'kysely';

/** Adds `last_delivered_at`, `last_error` and `last_error_at` to `integrations`, `bot_id` to `request_log`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('integrations').addColumn('last_delivered_at', 'bigint').execute();
  await db.schema.alterTable('integrations').addColumn('last_error', 'text').execute();
  await db.schema.alterTable('integrations').addColumn('last_error_at', 'bigint').execute();
  // The bot a request was about (its route's `:botId`), so the console's log can filter by bot.
  await db.schema.alterTable('request_log').addColumn('bot_id', 'text').execute();
  await db.schema
    .createIndex('request_log_bot_idx')
    .on('request_log')
    .columns(['workspace_id', 'bot_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('request_log_bot_idx').execute();
  await db.schema.alterTable('request_log').dropColumn('bot_id').execute();
  await db.schema.alterTable('integrations').dropColumn('last_error_at').execute();
  await db.schema.alterTable('integrations').dropColumn('last_error').execute();
  await db.schema.alterTable('integrations').dropColumn('last_delivered_at').execute();
}
