/** Conversations and messages over any Kysely dialect. */
import type { ConversationStore } from '@frontdesk/core';
import { type Kysely, sql } from 'kysely';
import type { Database } from './database.js';
import { isPostgres } from './dialect.js';
import { conversationFromRow, conversationToRow, messageFromRow, messageToRow } from './rows.js';

export type SqlConversationPart = Pick<
  ConversationStore,
  | 'createConversation'
  | 'getConversation'
  | 'findConversationByChannelKey'
  | 'listConversationsByChannelKeyPrefix'
  | 'appendMessage'
  | 'listMessages'
  | 'setRequester'
>;

/** The conversation and message half of the ConversationStore port. */
export function createSqlConversationPart(db: Kysely<Database>): SqlConversationPart {
  return {
    async createConversation(conversation) {
      const inserted = await db
        .insertInto('conversations')
        .values(conversationToRow(conversation))
        .onConflict((conflict) => conflict.columns(['workspace_id', 'bot_id', 'channel_key']).doNothing())
        .returningAll()
        .executeTakeFirst();
      if (inserted) return conversationFromRow(inserted);
      // Another message created it first: hand back that one.
      const row = await db
        .selectFrom('conversations')
        .selectAll()
        .where('workspace_id', '=', conversation.workspaceId)
        .where('bot_id', '=', conversation.botId)
        .where('channel_key', '=', conversation.channelKey)
        .executeTakeFirstOrThrow();
      return conversationFromRow(row);
    },

    async getConversation(id) {
      const row = await db.selectFrom('conversations').selectAll().where('id', '=', id).executeTakeFirst();
      return row && conversationFromRow(row);
    },

    async findConversationByChannelKey(workspaceId, botId, channelKey) {
      const row = await db
        .selectFrom('conversations')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('bot_id', '=', botId)
        .where('channel_key', '=', channelKey)
        .executeTakeFirst();
      return row && conversationFromRow(row);
    },

    async listConversationsByChannelKeyPrefix(workspaceId, botId, prefix, options) {
      const limit = Math.max(0, options?.limit ?? 50);
      if (limit === 0 || prefix === '') return [];
      // A range instead of LIKE: it uses the unique (workspace, bot, channel key) index, and `%`/`_`
      // in a prefix mean nothing. Keys starting with `prefix` sort below prefix-with-last-char+1.
      const last = prefix.charCodeAt(prefix.length - 1);
      const upper = `${prefix.slice(0, -1)}${String.fromCharCode(last + 1)}`;
      // PostgreSQL compares text by the database's locale; the range needs code-point order.
      const key = isPostgres(db) ? sql<string>`channel_key collate "C"` : sql<string>`channel_key`;
      const rows = await db
        .selectFrom('conversations')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('bot_id', '=', botId)
        .where(key, '>=', prefix)
        .where(key, '<', upper)
        .orderBy('updated_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(conversationFromRow);
    },

    async setRequester(conversationId, requester, updatedAt) {
      const json = JSON.stringify(requester);
      await Promise.all([
        db.updateTable('conversations').set({ requester: json }).where('id', '=', conversationId).execute(),
        db
          .updateTable('tickets')
          .set({ requester: json, updated_at: updatedAt })
          .where('conversation_id', '=', conversationId)
          .execute(),
      ]);
    },

    async appendMessage(message) {
      // Sent together, so SQLite's group-commit driver commits both in one commit with the
      // writes of other requests; an explicit transaction would commit alone. `updated_at` is a
      // denormalised activity time: the message row is what must not be lost.
      await Promise.all([
        db.insertInto('messages').values(messageToRow(message)).execute(),
        db
          .updateTable('conversations')
          .set({ updated_at: message.createdAt })
          .where('id', '=', message.conversationId)
          .where('updated_at', '<', message.createdAt)
          .execute(),
      ]);
    },

    async listMessages(conversationId, options) {
      const limit = options?.limit;
      if (limit === undefined) {
        const rows = await db
          .selectFrom('messages')
          .selectAll()
          .where('conversation_id', '=', conversationId)
          .orderBy('created_at')
          .orderBy('id')
          .execute();
        return rows.map(messageFromRow);
      }
      if (limit <= 0) return [];
      // Take the newest `limit` rows through the index, then hand them back oldest first.
      const rows = await db
        .selectFrom('messages')
        .selectAll()
        .where('conversation_id', '=', conversationId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.reverse().map(messageFromRow);
    },
  };
}
