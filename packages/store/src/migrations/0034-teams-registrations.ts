/** Version 34: Teams registrations — each Microsoft app id answering for a workspace's bot. */
import type { Kysely } from 'kysely';

/** Creates `teams_registrations` (the client secret sealed in `secret`). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('teams_registrations')
    .addColumn('app_id', 'text', (column) => column.primaryKey())
    .addColumn('workspace_id', 'text', (column) => column.notNull().references('workspaces.id'))
    .addColumn('bot_id', 'text', (column) => column.notNull())
    .addColumn('tenant_id', 'text')
    .addColumn('secret', 'text')
    .addColumn('created_at', 'bigint', (column) => column.notNull())
    .addColumn('updated_at', 'bigint', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('teams_registrations_workspace_idx')
    .on('teams_registrations')
    .columns(['workspace_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('teams_registrations').execute();
}
