/** `/v1/workspaces`: create, list, read, change and delete workspaces; deletion preview and statistics. */
import { NotFoundError, type Store, type Workspace } from '@frontdesk/core';
import { createToken } from '@frontdesk/services/accounts/tokens';
import { type Context, Hono } from 'hono';
import type { AppDependencies } from '../../app-dependencies.js';
import type { AppEnv } from '../../app-env.js';
import { requirePermission } from '../../permissions.js';
import { readBody } from '../admin-request.js';
import { workspaceDocs } from './account-docs.js';
import { createWorkspaceSchema, statisticsQuerySchema, updateWorkspaceSchema } from './account-schemas.js';
import { tokenView, workspaceView } from './account-views.js';
import { readQuery } from './query.js';
import { workspaceStatistics } from './workspace-statistics.js';

type Deps = Pick<AppDependencies, 'store' | 'clock' | 'ids' | 'files' | 'logger'>;

/**
 * The workspaces a token can see: its own only. Matching other workspaces by the member's e-mail
 * let an admin invite someone's address, mint a token for that member and list the person's other
 * workspaces; a token is for one workspace.
 */
async function visibleWorkspaces(store: Store, context: Context<AppEnv>): Promise<Workspace[]> {
  const own = await store.getWorkspace(context.get('token').workspaceId);
  return own ? [own] : [];
}

/** The routes under `/v1/workspaces`. `{id}` must be the token's own workspace; any other is a 404. */
export function workspaceRoutes(deps: Deps): Hono<AppEnv> {
  const { store, clock, ids } = deps;
  const routes = new Hono<AppEnv>();

  async function own(context: Context<AppEnv>): Promise<Workspace> {
    const { workspaceId } = context.get('token');
    const id = context.req.param('id');
    const workspace = id === workspaceId ? await store.getWorkspace(workspaceId) : undefined;
    if (!workspace) throw new NotFoundError('No such workspace.');
    return workspace;
  }

  routes.get('/', workspaceDocs.list, async (context) => {
    requirePermission(context, 'workspaces', 'read');
    return context.json({
      success: true,
      data: (await visibleWorkspaces(store, context)).map(workspaceView),
    });
  });

  routes.post('/', workspaceDocs.create, async (context) => {
    requirePermission(context, 'workspaces', 'write');
    const body = await readBody(context, createWorkspaceSchema);
    const caller = context.get('token');
    const now = clock.now();
    const workspace: Workspace = { id: ids.id('ws'), name: body.name, createdAt: now };
    if (body.logRetentionDays !== undefined) workspace.logRetentionDays = body.logRetentionDays;
    await store.createWorkspace(workspace);
    // The creator becomes its owner: same email as a member, and a first owner token (shown once).
    const member = caller.memberId ? await store.getMember(caller.workspaceId, caller.memberId) : undefined;
    let memberId: string | null = null;
    if (member) {
      memberId = ids.id('mem');
      await store.saveMember({
        ...member,
        id: memberId,
        workspaceId: workspace.id,
        role: 'owner',
        createdAt: now,
        updatedAt: now,
      });
    }
    const { token, record } = await createToken(
      store,
      { workspaceId: workspace.id, name: `${body.name} owner`, role: 'owner', memberId },
      deps,
    );
    return context.json(
      { success: true, data: { ...workspaceView(workspace), ownerToken: { ...tokenView(record), token } } },
      201,
    );
  });

  routes.get('/current', workspaceDocs.current, async (context) => {
    const workspace = await store.getWorkspace(context.get('token').workspaceId);
    if (!workspace) throw new NotFoundError('No such workspace.');
    return context.json({ success: true, data: workspaceView(workspace) });
  });

  routes.get('/:id', workspaceDocs.get, async (context) => {
    requirePermission(context, 'workspaces', 'read');
    return context.json({ success: true, data: workspaceView(await own(context)) });
  });

  routes.patch('/:id', workspaceDocs.update, async (context) => {
    requirePermission(context, 'workspaces', 'write');
    const workspace = await own(context);
    const body = await readBody(context, updateWorkspaceSchema);
    const changed = { ...workspace, ...body };
    await store.updateWorkspace(changed);
    return context.json({ success: true, data: workspaceView(changed) });
  });

  routes.get('/:id/deletion-preview', workspaceDocs.deletionPreview, async (context) => {
    requirePermission(context, 'workspaces', 'write');
    const workspace = await own(context);
    return context.json({
      success: true,
      data: { id: workspace.id, counts: await store.countWorkspace(workspace.id) },
    });
  });

  routes.delete('/:id', workspaceDocs.delete, async (context) => {
    requirePermission(context, 'workspaces', 'write');
    const workspace = await own(context);
    const counts = await store.countWorkspace(workspace.id);
    await store.deleteWorkspace(workspace.id);
    // Then its files on disk or in S3: the rows that named them are gone, so nothing reads them again.
    try {
      counts.files = await deps.files.deleteWorkspaceFiles(workspace.id);
    } catch (error) {
      deps.logger.error({ err: error, workspaceId: workspace.id }, 'could not delete the workspace files');
    }
    return context.json({ success: true, data: { id: workspace.id, deleted: true, counts } });
  });

  routes.get('/:id/statistics', workspaceDocs.statistics, async (context) => {
    requirePermission(context, 'workspaces', 'read');
    const workspace = await own(context);
    const query = readQuery(context, statisticsQuerySchema);
    return context.json({
      success: true,
      data: await workspaceStatistics(store, workspace.id, query, clock.now()),
    });
  });
  return routes;
}
