/** Version 36: the desk — each member's saved ticket filters, and the workspace's canned replies for staff. */
import type { Kysely } from 'kysely';

/** Creates `saved_filters` (per member, the filter as JSON) and `canned_replies` (one shortcut per workspace). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('saved_filters')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('workspace_id', 'text', (column) => column.notNull().references('workspaces.id'))
    .addColumn('owner_id', 'text', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('filter', 'text', (column) => column.notNull())
    .addColumn('created_at', 'bigint', (column) => column.notNull())
    .addUniqueConstraint('saved_filters_owner_name', ['workspace_id', 'owner_id', 'name'])
    .execute();
  await db.schema
    .createTable('canned_replies')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('workspace_id', 'text', (column) => column.notNull().references('workspaces.id'))
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('shortcut', 'text', (column) => column.notNull())
    .addColumn('body', 'text', (column) => column.notNull())
    .addColumn('language', 'text')
    .addColumn('created_at', 'bigint', (column) => column.notNull())
    .addColumn('updated_at', 'bigint', (column) => column.notNull())
    .addUniqueConstraint('canned_replies_shortcut', ['workspace_id', 'shortcut'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('canned_replies').execute();
  await db.schema.dropTable('saved_filters').execute();
}
