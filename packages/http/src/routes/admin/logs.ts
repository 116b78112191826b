/** `GET /v1/logs`: the workspace's request log, newest first, with filters. */

import type { RequestLogFilter } from '@frontdesk/core';
import type { RequestLogWriter } from '@frontdesk/services/request-log';
import { Hono } from 'hono';
import type { AppDependencies } from '../../app-dependencies.js';
import type { AppEnv } from '../../app-env.js';
import { requirePermission } from '../../permissions.js';
import { logDocs } from './account-docs.js';
import { listLogsQuerySchema } from './account-schemas.js';
import { readQuery } from './query.js';

/** The routes under `/v1/logs`. */
export function logRoutes(
  deps: Pick<AppDependencies, 'store'> & { requestLog: RequestLogWriter },
): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/', logDocs, async (context) => {
    requirePermission(context, 'logs', 'read');
    const query = readQuery(context, listLogsQuerySchema);
    // What is still queued is written first, so a caller sees the requests it just made.
    await deps.requestLog.flush();
    const workspaceId = context.get('token').workspaceId;
    const filter: RequestLogFilter = {
      ...(query.status !== undefined ? { status: query.status } : {}),
      ...(query.statusClass !== undefined ? { statusClass: Number(query.statusClass[0]) } : {}),
      ...(query.method !== undefined ? { method: query.method } : {}),
      ...(query.route !== undefined ? { route: query.route } : {}),
      ...(query.path !== undefined ? { routeContains: query.path } : {}),
      ...(query.requestId !== undefined ? { requestId: query.requestId } : {}),
      ...(query.botId !== undefined ? { botId: query.botId } : {}),
      ...(query.tokenId !== undefined ? { tokenId: query.tokenId } : {}),
      ...(query.from !== undefined ? { from: Date.parse(query.from) } : {}),
      ...(query.to !== undefined ? { to: Date.parse(query.to) } : {}),
    };
    const [entries, total] = await Promise.all([
      deps.store.listRequestLogs(workspaceId, { ...filter, limit: query.limit, offset: query.offset }),
      deps.store.countRequestLogs(workspaceId, filter),
    ]);
    const data = entries.map(({ workspaceId: _workspace, createdAt, ...entry }) => ({
      ...entry,
      createdAt: new Date(createdAt).toISOString(),
    }));
    return context.json({
      success: true,
      data,
      paging: { total, limit: query.limit, offset: query.offset },
    });
  });
  return routes;
}
