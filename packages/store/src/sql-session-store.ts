/** Sessions and the debounce buffer over any Kysely dialect. */
import type { Session, SessionStatus, SessionStore } from '@frontdesk/core';
import { type Kysely, sql } from 'kysely';
import type { SessionTable } from './admin-tables.js';
import type { Database } from './database.js';
import { isPostgres } from './dialect.js';

function sessionFromRow(row: SessionTable): Session {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    botId: row.bot_id,
    channelKey: row.channel_key,
    conversationId: row.conversation_id,
    status: row.status as SessionStatus,
    pausedBy: row.paused_by,
    lastActivityAt: Number(row.last_activity_at),
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

/** The SessionStore port. */
export function createSqlSessionPart(db: Kysely<Database>): SessionStore {
  return {
    async getSession(workspaceId, botId, channelKey) {
      const row = await db
        .selectFrom('sessions')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('bot_id', '=', botId)
        .where('channel_key', '=', channelKey)
        .executeTakeFirst();
      return row && sessionFromRow(row);
    },

    async getSessionById(workspaceId, id) {
      const row = await db
        .selectFrom('sessions')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && sessionFromRow(row);
    },

    async saveSession(session) {
      const changes = {
        conversation_id: session.conversationId,
        status: session.status,
        paused_by: session.pausedBy,
        last_activity_at: session.lastActivityAt,
        created_at: session.createdAt,
        updated_at: session.updatedAt,
      };
      await db
        .insertInto('sessions')
        .values({
          id: session.id,
          workspace_id: session.workspaceId,
          bot_id: session.botId,
          channel_key: session.channelKey,
          ...changes,
        })
        .onConflict((conflict) =>
          conflict.columns(['workspace_id', 'bot_id', 'channel_key']).doUpdateSet(changes),
        )
        .execute();
    },

    async listSessions(workspaceId, filter = {}) {
      let query = db
        .selectFrom('sessions')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('last_activity_at', 'desc')
        .orderBy('id', 'desc')
        .limit(Math.max(0, filter.limit ?? 100));
      if (filter.botId !== undefined) query = query.where('bot_id', '=', filter.botId);
      if (filter.status !== undefined) query = query.where('status', '=', filter.status);
      if (filter.conversationId !== undefined)
        query = query.where('conversation_id', '=', filter.conversationId);
      return (await query.execute()).map(sessionFromRow);
    },

    async deleteSession(workspaceId, id) {
      const result = await db
        .deleteFrom('sessions')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async addPendingMessage(message) {
      const insert = (into: Kysely<Database>) =>
        into
          .insertInto('pending_messages')
          .values({
            key: message.key,
            seq: sql<number>`(select coalesce(max(seq), 0) + 1 from pending_messages where key = ${message.key})`,
            id: message.id,
            text: message.text,
            created_at: message.createdAt,
          })
          .execute();
      // SQLite has one writer, so the statement alone picks a free `seq`.
      if (!isPostgres(db)) return void (await insert(db));
      // PostgreSQL: concurrent adders to one thread (several instances) would pick the same next
      // `seq`; a lock on the thread's key, held until commit, makes them take turns.
      await db.transaction().execute(async (transaction) => {
        await sql`select pg_advisory_xact_lock(hashtextextended(${message.key}, 0))`.execute(transaction);
        await insert(transaction);
      });
    },

    takePendingMessages(key, lastId) {
      return db.transaction().execute(async (transaction) => {
        const buffered = transaction
          .selectFrom('pending_messages')
          .selectAll()
          .where('key', '=', key)
          .orderBy('seq');
        // PostgreSQL: a second taker waits here and then sees the rows gone (SQLite has one writer).
        const rows = await (isPostgres(transaction) ? buffered.forUpdate() : buffered).execute();
        const last = rows.at(-1);
        if (!last || last.id !== lastId) return undefined;
        const deleted = await transaction
          .deleteFrom('pending_messages')
          .where('key', '=', key)
          .where('seq', '<=', last.seq)
          .executeTakeFirst();
        // Another taker got here first (PostgreSQL under read committed): leave it to them.
        if (Number(deleted.numDeletedRows) !== rows.length) throw new Error('pending messages taken twice');
        return rows.map((row) => ({
          key: row.key,
          id: row.id,
          text: row.text,
          createdAt: Number(row.created_at),
        }));
      });
    },
  };
}
