/** Durable facts over any Kysely dialect (migration 0032): single messages, ended conversations, feedback, remote links. */
import type {
  ConversationStore,
  FeedbackStore,
  MessageFeedback,
  RemoteConversationStore,
} from '@frontdesk/core';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { messageFromRow } from './rows.js';

type FeedbackTable = {
  message_id: string;
  workspace_id: string;
  conversation_id: string;
  feedback: string;
  given_by: string;
  created_at: number;
};

type RemoteConversationTable = {
  conversation_id: string;
  agent_key: string;
  workspace_id: string;
  remote_id: string;
  created_at: number;
};

/** The tables this part adds; kept here so the shared Database type stays as it is. */
export type FactTables = {
  message_feedback: FeedbackTable;
  remote_conversations: RemoteConversationTable;
};

export type SqlFactPart = Pick<ConversationStore, 'getMessage' | 'endConversation'> &
  FeedbackStore &
  RemoteConversationStore;

export function createSqlFactPart(database: Kysely<Database>): SqlFactPart {
  const db = database as unknown as Kysely<Database & FactTables>;
  return {
    async getMessage(id) {
      const row = await db.selectFrom('messages').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? messageFromRow(row) : undefined;
    },
    async endConversation(id, endedAt) {
      // The first end counts: a second click does not move it.
      await db
        .updateTable('conversations')
        .set({ ended_at: endedAt })
        .where('id', '=', id)
        .where('ended_at', 'is', null)
        .execute();
    },
    async saveFeedback(record) {
      const row = {
        message_id: record.messageId,
        workspace_id: record.workspaceId,
        conversation_id: record.conversationId,
        feedback: record.feedback,
        given_by: record.by,
        created_at: record.createdAt,
      };
      await db
        .insertInto('message_feedback')
        .values(row)
        .onConflict((conflict) =>
          conflict
            .column('message_id')
            .doUpdateSet({ feedback: row.feedback, given_by: row.given_by, created_at: row.created_at }),
        )
        .execute();
    },
    async getFeedback(messageId) {
      const row = await db
        .selectFrom('message_feedback')
        .selectAll()
        .where('message_id', '=', messageId)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        messageId: row.message_id,
        workspaceId: row.workspace_id,
        conversationId: row.conversation_id,
        feedback: row.feedback as MessageFeedback,
        by: row.given_by,
        createdAt: Number(row.created_at),
      };
    },
    async linkRemoteConversation(link) {
      const row = {
        conversation_id: link.conversationId,
        agent_key: link.agentKey,
        workspace_id: link.workspaceId,
        remote_id: link.remoteId,
        created_at: link.createdAt,
      };
      await db
        .insertInto('remote_conversations')
        .values(row)
        .onConflict((conflict) =>
          conflict
            .columns(['conversation_id', 'agent_key'])
            .doUpdateSet({ remote_id: row.remote_id, created_at: row.created_at }),
        )
        .execute();
    },
    async remoteConversationFor(conversationId, agentKey) {
      const row = await db
        .selectFrom('remote_conversations')
        .select('remote_id')
        .where('conversation_id', '=', conversationId)
        .where('agent_key', '=', agentKey)
        .executeTakeFirst();
      return row?.remote_id;
    },
    async unlinkRemoteConversation(conversationId, agentKey) {
      await db
        .deleteFrom('remote_conversations')
        .where('conversation_id', '=', conversationId)
        .where('agent_key', '=', agentKey)
        .execute();
    },
  };
}
