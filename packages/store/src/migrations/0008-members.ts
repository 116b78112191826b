/** Version 8: members, custom roles, member groups, the request log; token owners and expiry; log retention. */
import type { Kysely } from 'kysely';

/** Creates the member tables and the request log; adds `member_id` and `expires_at` to tokens. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('members')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('workspace_id', 'text', (column) => column.notNull().references('workspaces.id'))
    .addColumn('email', 'text', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('role', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('created_at', 'bigint', (column) => column.notNull())
    .addColumn('updated_at', 'bigint', (column) => column.notNull())
    .addUniqueConstraint('members_email_unique', ['workspace_id', 'email'])
    .execute();

  for (const name of ['roles', 'member_groups']) {
    await db.schema
      .createTable(name)
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('workspace_id', 'text', (column) => column.notNull().references('workspaces.id'))
      .addColumn('name', 'text', (column) => column.notNull())
      // JSON: the permissions of a role; the member, bot and ticket ids of a group.
      .addColumn('data', 'text', (column) => column.notNull())
      .addColumn('created_at', 'bigint', (column) => column.notNull())
      .addColumn('updated_at', 'bigint', (column) => column.notNull())
      .execute();
  }

  await db.schema
    .createTable('request_log')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('workspace_id', 'text')
    .addColumn('method', 'text', (column) => column.notNull())
    .addColumn('route', 'text', (column) => column.notNull())
    .addColumn('status', 'integer', (column) => column.notNull())
    .addColumn('duration_ms', 'real', (column) => column.notNull())
    .addColumn('token_id', 'text')
    .addColumn('ip', 'text')
    .addColumn('request_id', 'text', (column) => column.notNull())
    .addColumn('created_at', 'bigint', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('request_log_workspace_time_idx')
    .on('request_log')
    .columns(['workspace_id', 'created_at'])
    .execute();

  await db.schema.alterTable('tokens').addColumn('member_id', 'text').execute();
  await db.schema.alterTable('tokens').addColumn('expires_at', 'bigint').execute();
  await db.schema.alterTable('workspaces').addColumn('log_retention_days', 'integer').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('workspaces').dropColumn('log_retention_days').execute();
  await db.schema.alterTable('tokens').dropColumn('expires_at').execute();
  await db.schema.alterTable('tokens').dropColumn('member_id').execute();
  for (const name of ['request_log', 'member_groups', 'roles', 'members'])
    await db.schema.dropTable(name).execute();
}
