/** Version 6: bot sessions and the debounce buffer. */
import type { Kysely } from 'kysely';

/** Creates the sessions table (one per workspace, bot and channel key) and the pending messages table. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('workspace_id', 'text', (column) => column.notNull().references('workspaces.id'))
    .addColumn('bot_id', 'text', (column) => column.notNull())
    .addColumn('channel_key', 'text', (column) => column.notNull())
    .addColumn('conversation_id', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('paused_by', 'text')
    .addColumn('last_activity_at', 'bigint', (column) => column.notNull())
    .addColumn('created_at', 'bigint', (column) => column.notNull())
    .addColumn('updated_at', 'bigint', (column) => column.notNull())
    .addUniqueConstraint('sessions_thread_unique', ['workspace_id', 'bot_id', 'channel_key'])
    .execute();
  await db.schema
    .createIndex('sessions_workspace_activity_idx')
    .on('sessions')
    .columns(['workspace_id', 'last_activity_at'])
    .execute();

  await db.schema
    .createTable('pending_messages')
    .addColumn('key', 'text', (column) => column.notNull())
    .addColumn('seq', 'integer', (column) => column.notNull())
    .addColumn('id', 'text', (column) => column.notNull())
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('created_at', 'bigint', (column) => column.notNull())
    .addPrimaryKeyConstraint('pending_messages_pk', ['key', 'seq'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('pending_messages').execute();
  await db.schema.dropTable('sessions').execute();
}
