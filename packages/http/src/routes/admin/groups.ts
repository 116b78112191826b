/** `/v1/groups`: member groups and the bots assigned to each; a ticket names its group itself (`groupId`). */
import { type MemberGroup, NotFoundError, ValidationError } from '@frontdesk/core';
import { Hono } from 'hono';
import type { AppDependencies } from '../../app-dependencies.js';
import type { AppEnv } from '../../app-env.js';
import { requirePermission } from '../../permissions.js';
import { readBody } from '../admin-request.js';
import { groupDocs } from './account-docs.js';
import { createGroupSchema, updateGroupSchema } from './account-schemas.js';
import { groupView } from './account-views.js';

type Deps = Pick<AppDependencies, 'store' | 'clock' | 'ids'>;

/** The routes under `/v1/groups`; groups are managed with the `members` permission. */
export function groupRoutes(deps: Deps): Hono<AppEnv> {
  const { store, clock, ids } = deps;
  const routes = new Hono<AppEnv>();

  async function find(workspaceId: string, id: string): Promise<MemberGroup> {
    const group = await store.getGroup(workspaceId, id);
    if (!group) throw new NotFoundError('No such group.');
    return group;
  }

  /** Every member and bot named must be of this workspace; the message names the first that is not. */
  async function requireOwned(
    workspaceId: string,
    lists: { memberIds?: string[] | undefined; botIds?: string[] | undefined },
  ): Promise<void> {
    for (const id of lists.memberIds ?? [])
      if (!(await store.getMember(workspaceId, id))) throw new ValidationError(`memberIds: no member ${id}.`);
    for (const id of lists.botIds ?? [])
      if (!(await store.getBot(workspaceId, id))) throw new ValidationError(`botIds: no bot ${id}.`);
  }

  routes.get('/', groupDocs.list, async (context) => {
    requirePermission(context, 'members', 'read');
    const groups = await store.listGroups(context.get('token').workspaceId);
    return context.json({ success: true, data: groups.map(groupView) });
  });

  routes.post('/', groupDocs.create, async (context) => {
    requirePermission(context, 'members', 'write');
    const { workspaceId } = context.get('token');
    const body = await readBody(context, createGroupSchema);
    await requireOwned(workspaceId, body);
    const now = clock.now();
    const group: MemberGroup = {
      id: ids.id('grp'),
      workspaceId,
      name: body.name,
      memberIds: [...new Set(body.memberIds)],
      botIds: [...new Set(body.botIds)],
      createdAt: now,
      updatedAt: now,
    };
    await store.saveGroup(group);
    return context.json({ success: true, data: groupView(group) }, 201);
  });

  routes.get('/:id', groupDocs.get, async (context) => {
    requirePermission(context, 'members', 'read');
    const group = await find(context.get('token').workspaceId, context.req.param('id'));
    return context.json({ success: true, data: groupView(group) });
  });

  routes.patch('/:id', groupDocs.update, async (context) => {
    requirePermission(context, 'members', 'write');
    const { workspaceId } = context.get('token');
    const group = await find(workspaceId, context.req.param('id'));
    const body = await readBody(context, updateGroupSchema);
    await requireOwned(workspaceId, body);
    const changed: MemberGroup = {
      ...group,
      name: body.name ?? group.name,
      memberIds: body.memberIds ? [...new Set(body.memberIds)] : group.memberIds,
      botIds: body.botIds ? [...new Set(body.botIds)] : group.botIds,
      updatedAt: clock.now(),
    };
    await store.saveGroup(changed);
    return context.json({ success: true, data: groupView(changed) });
  });

  routes.delete('/:id', groupDocs.delete, async (context) => {
    requirePermission(context, 'members', 'write');
    const { workspaceId } = context.get('token');
    const group = await find(workspaceId, context.req.param('id'));
    await store.deleteGroup(workspaceId, group.id);
    return context.json({ success: true, data: { id: group.id, deleted: true } });
  });
  return routes;
}
