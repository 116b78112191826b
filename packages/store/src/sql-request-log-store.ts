/** The RequestLogStore port over any Kysely dialect. */
import type { RequestLogEntry, RequestLogStore } from '@frontdesk/core';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { RequestLogTable } from './member-tables.js';

const fromRow = (row: RequestLogTable): RequestLogEntry => ({
  id: row.id,
  workspaceId: row.workspace_id,
  method: row.method,
  route: row.route,
  status: row.status,
  durationMs: row.duration_ms,
  tokenId: row.token_id,
  ip: row.ip,
  requestId: row.request_id,
  createdAt: row.created_at,
});

/** The request log kept in the given database. */
export function createSqlRequestLogPart(db: Kysely<Database>): RequestLogStore {
  return {
    async appendRequestLogs(entries) {
      if (entries.length === 0) return;
      await db
        .insertInto('request_log')
        .values(
          entries.map((entry) => ({
            id: entry.id,
            workspace_id: entry.workspaceId,
            method: entry.method,
            route: entry.route,
            status: entry.status,
            duration_ms: entry.durationMs,
            token_id: entry.tokenId,
            ip: entry.ip,
            request_id: entry.requestId,
            created_at: entry.createdAt,
          })),
        )
        .execute();
    },
    async listRequestLogs(workspaceId, filter = {}) {
      let query = db.selectFrom('request_log').selectAll().where('workspace_id', '=', workspaceId);
      if (filter.status !== undefined) query = query.where('status', '=', filter.status);
      if (filter.route !== undefined) query = query.where('route', '=', filter.route);
      if (filter.tokenId !== undefined) query = query.where('token_id', '=', filter.tokenId);
      if (filter.from !== undefined) query = query.where('created_at', '>=', filter.from);
      if (filter.to !== undefined) query = query.where('created_at', '<', filter.to);
      const rows = await query
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(Math.max(0, filter.limit ?? 100))
        .execute();
      return rows.map(fromRow);
    },
    async purgeRequestLogs(workspaceId, before) {
      const result = await db
        .deleteFrom('request_log')
        .where((where) =>
          workspaceId === null ? where('workspace_id', 'is', null) : where('workspace_id', '=', workspaceId),
        )
        .where('created_at', '<', before)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
