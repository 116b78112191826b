/** Uploads over any Kysely dialect (migration 0037): which widget files a sent message carried. */
import type { Upload, UploadStore } from '@frontdesk/core';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

export type UploadTable = {
  id: string;
  workspace_id: string;
  bot_id: string;
  visitor_id: string;
  created_at: number;
  sent_at: number | null;
};

function fromRow(row: UploadTable): Upload {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    botId: row.bot_id,
    visitorId: row.visitor_id,
    createdAt: Number(row.created_at),
    sentAt: row.sent_at === null ? null : Number(row.sent_at),
  };
}

export function createSqlUploadPart(database: Kysely<Database>): UploadStore {
  const db = database.withTables<{ uploads: UploadTable }>();
  return {
    async recordUpload(upload) {
      await db
        .insertInto('uploads')
        .values({
          id: upload.id,
          workspace_id: upload.workspaceId,
          bot_id: upload.botId,
          visitor_id: upload.visitorId,
          created_at: upload.createdAt,
          sent_at: null,
        })
        .execute();
    },
    async markUploadsSent(ids, sentAt) {
      if (ids.length === 0) return;
      await db
        .updateTable('uploads')
        .set({ sent_at: sentAt })
        .where('id', 'in', [...ids])
        .where('sent_at', 'is', null)
        .execute();
    },
    async listUnsentUploads(before, limit) {
      const rows = await db
        .selectFrom('uploads')
        .selectAll()
        .where('sent_at', 'is', null)
        .where('created_at', '<', before)
        .orderBy('created_at')
        .orderBy('id')
        .limit(Math.max(0, limit))
        .execute();
      return rows.map(fromRow);
    },
    async deleteUnsentUpload(id) {
      const result = await db
        .deleteFrom('uploads')
        .where('id', '=', id)
        .where('sent_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
