/** The RequestLogStore port over any Kysely dialect. */
import type { RequestLogEntry, RequestLogFilter, RequestLogStore } from '@frontdesk/core';
import { type Kysely, sql } from 'kysely';
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
  ...(row.bot_id ? { botId: row.bot_id } : {}),
  createdAt: row.created_at,
});

/** The rows of the workspace that `filter` matches (limit and offset are the caller's). */
function filtered(db: Kysely<Database>, workspaceId: string, filter: RequestLogFilter) {
  let query = db.selectFrom('request_log').where('workspace_id', '=', workspaceId);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  if (filter.statusClass !== undefined) {
    query = query
      .where('status', '>=', filter.statusClass * 100)
      .where('status', '<', (filter.statusClass + 1) * 100);
  }
  if (filter.method !== undefined) query = query.where('method', '=', filter.method);
  if (filter.route !== undefined) query = query.where('route', '=', filter.route);
  if (filter.routeContains !== undefined) {
    // LIKE's own wildcards in the text are matched literally; lower() on both sides: any case, either dialect.
    const pattern = `%${filter.routeContains.toLowerCase().replace(/[\\%_]/g, (match) => `\\${match}`)}%`;
    query = query.where(sql<boolean>`lower(route) like ${pattern} escape '\\'`);
  }
  if (filter.requestId !== undefined) query = query.where('request_id', '=', filter.requestId);
  if (filter.botId !== undefined) query = query.where('bot_id', '=', filter.botId);
  if (filter.tokenId !== undefined) query = query.where('token_id', '=', filter.tokenId);
  if (filter.from !== undefined) query = query.where('created_at', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('created_at', '<', filter.to);
  return query;
}

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
            bot_id: entry.botId ?? null,
            created_at: entry.createdAt,
          })),
        )
        .execute();
    },
    async listRequestLogs(workspaceId, filter = {}) {
      const rows = await filtered(db, workspaceId, filter)
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(Math.max(0, filter.limit ?? 100))
        .offset(Math.max(0, filter.offset ?? 0))
        .execute();
      return rows.map(fromRow);
    },
    async countRequestLogs(workspaceId, filter = {}) {
      const row = await filtered(db, workspaceId, filter)
        .select((select) => select.fn.countAll<number | string | bigint>().as('count'))
        .executeTakeFirstOrThrow();
      return Number(row.count);
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
