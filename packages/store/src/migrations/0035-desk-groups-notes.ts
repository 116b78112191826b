/** Version 35: the desk — a ticket's member group, and staff's internal notes on conversations. */
import type { Kysely } from 'kysely';

/** Adds `tickets.group_id` and creates `conversation_notes` (never sent to the requester). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('tickets').addColumn('group_id', 'text').execute();
  await db.schema
    .createIndex('tickets_workspace_group_idx')
    .on('tickets')
    .columns(['workspace_id', 'group_id'])
    .execute();
  await db.schema
    .createTable('conversation_notes')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('workspace_id', 'text', (column) => column.notNull().references('workspaces.id'))
    .addColumn('conversation_id', 'text', (column) => column.notNull())
    .addColumn('author_id', 'text', (column) => column.notNull())
    .addColumn('author_name', 'text', (column) => column.notNull())
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('created_at', 'bigint', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('conversation_notes_conversation_idx')
    .on('conversation_notes')
    .columns(['conversation_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('conversation_notes').execute();
  await db.schema.dropIndex('tickets_workspace_group_idx').execute();
  await db.schema.alterTable('tickets').dropColumn('group_id').execute();
}
