/** Version 32: durable channel facts the adapters kept as markers — Teams conversation references and Slack ticket origins. */
import type { Kysely } from 'kysely';

/** Creates `conversation_references` (with the "gone" state) and `ticket_origins`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('conversation_references')
    .addColumn('channel_key', 'text', (column) => column.primaryKey())
    .addColumn('reference', 'text', (column) => column.notNull())
    .addColumn('gone_status', 'integer')
    .addColumn('gone_reason', 'text')
    .addColumn('updated_at', 'bigint', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('ticket_origins')
    .addColumn('ticket_id', 'text', (column) => column.primaryKey())
    .addColumn('channel_id', 'text', (column) => column.notNull())
    .addColumn('message_ts', 'text', (column) => column.notNull())
    .addColumn('status_emoji', 'text')
    .addColumn('updated_at', 'bigint', (column) => column.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('ticket_origins').execute();
  await db.schema.dropTable('conversation_references').execute();
}
