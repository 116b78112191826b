/** The DeskWorkStore port over any Kysely dialect: internal notes, saved filters and canned replies. */
import { type CannedReply, ConflictError, type DeskWorkStore, type SavedFilter } from '@frontdesk/core';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { CannedReplyTable, SavedFilterTable } from './desk-work-tables.js';

function filterFromRow(row: SavedFilterTable): SavedFilter {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    ownerId: row.owner_id,
    name: row.name,
    filter: JSON.parse(row.filter) as Record<string, string>,
    createdAt: Number(row.created_at),
  };
}

function replyFromRow(row: CannedReplyTable): CannedReply {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    title: row.title,
    shortcut: row.shortcut,
    body: row.body,
    language: row.language,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

/** True for a unique-constraint violation on SQLite (`SQLITE_CONSTRAINT_UNIQUE`) or PostgreSQL (`23505`). */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** The desk's own records kept in `db`. */
export function createSqlDeskWorkPart(db: Kysely<Database>): DeskWorkStore {
  async function findFilter(workspaceId: string, ownerId: string, name: string) {
    return db
      .selectFrom('saved_filters')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('owner_id', '=', ownerId)
      .where('name', '=', name)
      .executeTakeFirst();
  }

  return {
    async addNote(note) {
      await db
        .insertInto('conversation_notes')
        .values({
          id: note.id,
          workspace_id: note.workspaceId,
          conversation_id: note.conversationId,
          author_id: note.authorId,
          author_name: note.authorName,
          text: note.text,
          created_at: note.createdAt,
        })
        .execute();
    },
    async listNotes(workspaceId, conversationId) {
      const rows = await db
        .selectFrom('conversation_notes')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('conversation_id', '=', conversationId)
        .orderBy('created_at', 'asc')
        .orderBy('id', 'asc')
        .execute();
      return rows.map((row) => ({
        id: row.id,
        workspaceId: row.workspace_id,
        conversationId: row.conversation_id,
        authorId: row.author_id,
        authorName: row.author_name,
        text: row.text,
        createdAt: Number(row.created_at),
      }));
    },
    async saveFilter(filter) {
      const json = JSON.stringify(filter.filter);
      await db
        .insertInto('saved_filters')
        .values({
          id: filter.id,
          workspace_id: filter.workspaceId,
          owner_id: filter.ownerId,
          name: filter.name,
          filter: json,
          created_at: filter.createdAt,
        })
        .onConflict((conflict) =>
          conflict.columns(['workspace_id', 'owner_id', 'name']).doUpdateSet({ filter: json }),
        )
        .execute();
      const row = await findFilter(filter.workspaceId, filter.ownerId, filter.name);
      if (!row) throw new Error(`Saved filter ${filter.name} vanished.`);
      return filterFromRow(row);
    },
    async listFilters(workspaceId, ownerId) {
      const rows = await db
        .selectFrom('saved_filters')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('owner_id', '=', ownerId)
        .orderBy('name', 'asc')
        .execute();
      return rows.map(filterFromRow);
    },
    async deleteFilter(workspaceId, ownerId, id) {
      const result = await db
        .deleteFrom('saved_filters')
        .where('workspace_id', '=', workspaceId)
        .where('owner_id', '=', ownerId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async saveCannedReply(reply) {
      // The check gives the usual answer; the unique index settles two saves racing for one shortcut.
      await db.transaction().execute(async (transaction) => {
        const taken = await transaction
          .selectFrom('canned_replies')
          .select('id')
          .where('workspace_id', '=', reply.workspaceId)
          .where('shortcut', '=', reply.shortcut)
          .where('id', '!=', reply.id)
          .executeTakeFirst();
        if (taken) throw new ConflictError(`The shortcut /${reply.shortcut} is taken.`);
        const values = {
          workspace_id: reply.workspaceId,
          title: reply.title,
          shortcut: reply.shortcut,
          body: reply.body,
          language: reply.language,
          updated_at: reply.updatedAt,
        };
        await transaction
          .insertInto('canned_replies')
          .values({ id: reply.id, created_at: reply.createdAt, ...values })
          .onConflict((conflict) => conflict.column('id').doUpdateSet(values))
          .execute()
          .catch((error: unknown) => {
            if (isUniqueViolation(error))
              throw new ConflictError(`The shortcut /${reply.shortcut} is taken.`);
            throw error;
          });
      });
    },
    async getCannedReply(workspaceId, id) {
      const row = await db
        .selectFrom('canned_replies')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && replyFromRow(row);
    },
    async listCannedReplies(workspaceId) {
      const rows = await db
        .selectFrom('canned_replies')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('shortcut', 'asc')
        .execute();
      return rows.map(replyFromRow);
    },
    async deleteCannedReply(workspaceId, id) {
      const result = await db
        .deleteFrom('canned_replies')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
