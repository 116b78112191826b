/** `/v1/knowledge/{botId}/imports` and `/sources…`: imported websites, their schedules and sync status. */
import { NotFoundError } from '@frontdesk/core';
import {
  type KnowledgeSource,
  mcpSourceId,
  nextSyncAt,
  readSources,
  saveSource,
  sourceId,
  updateSource,
} from '@frontdesk/services/knowledge/knowledge-sources';
import { mcpSourceTargets } from '@frontdesk/services/knowledge/mcp-source-target';
import { type SyncOutcome, syncSource } from '@frontdesk/services/knowledge/source-sync';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';
import { requirePermission } from '../permissions.js';
import { readQuery } from '../request-input.js';
import { readBody } from './admin-request.js';
import { folderOfBot, type KnowledgeFolder, type KnowledgeRouteDependencies } from './knowledge-folder.js';
import { botQuery, importBody, mcpImportBody, sourcePatchBody } from './knowledge-schemas.js';
import { knowledgeSourceDocs } from './knowledge-source-docs.js';

const SOURCE_PATH = '/:botId/sources/:sourceId';

/** The crawl's details with the source; a crawl that threw answers with its error, as before. */
function answer(outcome: SyncOutcome) {
  if (outcome.error !== undefined) throw outcome.error;
  const { imported = [], removed = [], skipped = [] } = outcome.result ?? {};
  return { success: true as const, data: { imported, removed, skipped, source: outcome.source } };
}

function syncFolder(dir: string, folder: KnowledgeFolder) {
  return { dir, slugs: () => folder.articles().map((article) => article.slug), reindex: folder.reindex };
}

export function knowledgeSourceRoutes(deps: KnowledgeRouteDependencies): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const syncDeps = { clock: deps.clock, mcpTarget: mcpSourceTargets(deps) };
  const findSource = async (dir: string, id: string): Promise<KnowledgeSource> => {
    const source = (await readSources(dir)).find((candidate) => candidate.id === id);
    if (!source) throw new NotFoundError('sourceId not found');
    return source;
  };

  routes.post('/:botId/imports', knowledgeSourceDocs.import, async (context) => {
    requirePermission(context, 'bots', 'write');
    const { dir, folder } = await folderOfBot(deps, context);
    const body = await readBody(context, importBody);
    const now = deps.clock.now();
    const source = await saveSource(dir, {
      id: sourceId(body.url, body.sitemap),
      kind: 'website',
      url: body.url,
      connectorId: null,
      workspaceId: null,
      sitemap: body.sitemap,
      maxPages: body.maxPages,
      maxDepth: body.maxDepth,
      syncEveryMinutes: body.syncEveryMinutes,
      createdAt: now,
      lastSync: null,
      nextSyncAt: nextSyncAt(body.syncEveryMinutes, now),
    });
    return context.json(answer(await syncSource(syncFolder(dir, folder), source, syncDeps)));
  });

  routes.post('/:botId/mcp-imports', knowledgeSourceDocs.mcpImport, async (context) => {
    requirePermission(context, 'bots', 'write');
    const { dir, folder } = await folderOfBot(deps, context);
    const body = await readBody(context, mcpImportBody);
    const workspaceId = context.get('token').workspaceId;
    // A connector that is not an active MCP server of this workspace is a 400 before anything is kept.
    const target = await syncDeps.mcpTarget(workspaceId, body.connectorId);
    const now = deps.clock.now();
    const source = await saveSource(dir, {
      id: mcpSourceId(body.connectorId),
      kind: 'mcp',
      url: target.url,
      connectorId: body.connectorId,
      workspaceId,
      sitemap: false,
      maxPages: body.maxResources,
      maxDepth: 0,
      syncEveryMinutes: body.syncEveryMinutes,
      createdAt: now,
      lastSync: null,
      nextSyncAt: nextSyncAt(body.syncEveryMinutes, now),
    });
    return context.json(answer(await syncSource(syncFolder(dir, folder), source, syncDeps)));
  });

  routes.get('/:botId/sources', knowledgeSourceDocs.list, async (context) => {
    requirePermission(context, 'bots', 'read');
    const { dir } = await folderOfBot(deps, context);
    readQuery(context, botQuery);
    return context.json({ success: true, data: await readSources(dir) });
  });

  routes.post(`${SOURCE_PATH}/sync`, knowledgeSourceDocs.sync, async (context) => {
    requirePermission(context, 'bots', 'write');
    const { dir, folder } = await folderOfBot(deps, context);
    readQuery(context, botQuery);
    const source = await findSource(dir, context.req.param('sourceId'));
    return context.json(answer(await syncSource(syncFolder(dir, folder), source, syncDeps)));
  });

  routes.patch(SOURCE_PATH, knowledgeSourceDocs.patch, async (context) => {
    requirePermission(context, 'bots', 'write');
    const { dir } = await folderOfBot(deps, context);
    const { syncEveryMinutes } = await readBody(context, sourcePatchBody);
    const now = deps.clock.now();
    const updated = await updateSource(dir, context.req.param('sourceId'), (source) => ({
      ...source,
      syncEveryMinutes,
      nextSyncAt: nextSyncAt(syncEveryMinutes, source.lastSync?.finishedAt ?? now),
    }));
    if (!updated) throw new NotFoundError('sourceId not found');
    return context.json({ success: true, data: updated });
  });

  routes.delete(SOURCE_PATH, knowledgeSourceDocs.delete, async (context) => {
    requirePermission(context, 'bots', 'write');
    const { dir } = await folderOfBot(deps, context);
    readQuery(context, botQuery);
    const id = context.req.param('sourceId');
    if (!(await updateSource(dir, id, () => undefined))) throw new NotFoundError('sourceId not found');
    return context.json({ success: true, data: { id, deleted: true as const } });
  });

  return routes;
}
