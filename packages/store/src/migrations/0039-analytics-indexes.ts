/**
 * Version 39: indexes for the analytics queries, which read a workspace's conversations and
 * tickets by creation time, and a conversation's messages by role (the first staff reply).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('conversations_workspace_created_idx')
    .on('conversations')
    .columns(['workspace_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('tickets_workspace_created_idx')
    .on('tickets')
    .columns(['workspace_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('messages_conversation_role_idx')
    .on('messages')
    .columns(['conversation_id', 'role', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('messages_conversation_role_idx').execute();
  await db.schema.dropIndex('tickets_workspace_created_idx').execute();
  await db.schema.dropIndex('conversations_workspace_created_idx').execute();
}
