/** Version 30: members' password hashes and invitation links, for signing in to the console. */
import type { Kysely } from 'kysely';

/**
 * Creates `member_passwords` (one row per member, found by e-mail at sign-in) and `invitations`
 * (a link's sha-256, its expiry and when it was used). No foreign keys: a removed member or
 * workspace leaves rows that sign-in ignores (it checks the member still exists).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('member_passwords')
    .addColumn('workspace_id', 'text', (column) => column.notNull())
    .addColumn('member_id', 'text', (column) => column.notNull())
    .addColumn('email', 'text', (column) => column.notNull())
    .addColumn('hash', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'bigint', (column) => column.notNull())
    .addPrimaryKeyConstraint('member_passwords_pk', ['workspace_id', 'member_id'])
    .execute();
  await db.schema.createIndex('member_passwords_email_idx').on('member_passwords').column('email').execute();

  await db.schema
    .createTable('invitations')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('workspace_id', 'text', (column) => column.notNull())
    .addColumn('member_id', 'text', (column) => column.notNull())
    .addColumn('hash', 'text', (column) => column.notNull().unique())
    .addColumn('created_at', 'bigint', (column) => column.notNull())
    .addColumn('expires_at', 'bigint', (column) => column.notNull())
    .addColumn('used_at', 'bigint')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('invitations').execute();
  await db.schema.dropTable('member_passwords').execute();
}
