/** Version 31: channel connections — Slack installations (one per team or org) and channel → bot routes. */
import type { Kysely } from 'kysely';

/** Creates `slack_installations` (tokens sealed in `secret`) and `channel_routes`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('slack_installations')
    .addColumn('id', 'text', (column) => column.primaryKey())
    // `T:{team}` or, for an org-wide install, `E:{enterprise}`: one installation each.
    .addColumn('install_key', 'text', (column) => column.notNull().unique())
    .addColumn('workspace_id', 'text', (column) => column.notNull().references('workspaces.id'))
    .addColumn('bot_id', 'text', (column) => column.notNull())
    .addColumn('team_id', 'text')
    .addColumn('enterprise_id', 'text')
    .addColumn('is_enterprise_install', 'integer', (column) => column.notNull())
    .addColumn('secret', 'text', (column) => column.notNull())
    .addColumn('created_at', 'bigint', (column) => column.notNull())
    .addColumn('updated_at', 'bigint', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('slack_installations_workspace_idx')
    .on('slack_installations')
    .columns(['workspace_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('channel_routes')
    .addColumn('connection_id', 'text', (column) => column.notNull())
    .addColumn('channel_id', 'text', (column) => column.notNull())
    .addColumn('workspace_id', 'text', (column) => column.notNull().references('workspaces.id'))
    .addColumn('bot_id', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'bigint', (column) => column.notNull())
    .addPrimaryKeyConstraint('channel_routes_pk', ['connection_id', 'channel_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('channel_routes').execute();
  await db.schema.dropTable('slack_installations').execute();
}
