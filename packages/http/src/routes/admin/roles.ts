/** `/v1/roles` (custom roles built from permissions) and `GET /v1/permissions` (what there is to grant). */
import {
  ALL_PERMISSIONS,
  ConflictError,
  type CustomRole,
  NotFoundError,
  type Permission,
  RESOURCES,
  ROLE_PERMISSIONS,
} from '@frontdesk/core';
import { Hono } from 'hono';
import type { AppDependencies } from '../../app-dependencies.js';
import type { AppEnv } from '../../app-env.js';
import { requirePermission, tokenPermissions } from '../../permissions.js';
import { readBody } from '../admin-request.js';
import { permissionDocs, roleDocs } from './account-docs.js';
import { createRoleSchema, updateRoleSchema } from './account-schemas.js';
import { roleView } from './account-views.js';
import { requireSubset } from './tokens.js';

type Deps = Pick<AppDependencies, 'store' | 'clock' | 'ids'>;

/** The routes under `/v1/roles`; roles are managed with the `members` permission. */
export function roleRoutes(deps: Deps): Hono<AppEnv> {
  const { store, clock, ids } = deps;
  const routes = new Hono<AppEnv>();

  async function find(workspaceId: string, id: string): Promise<CustomRole> {
    const role = await store.getRole(workspaceId, id);
    if (!role) throw new NotFoundError('No such role.');
    return role;
  }

  routes.get('/', roleDocs.list, async (context) => {
    requirePermission(context, 'members', 'read');
    const roles = await store.listRoles(context.get('token').workspaceId);
    return context.json({ success: true, data: roles.map(roleView) });
  });

  routes.post('/', roleDocs.create, async (context) => {
    requirePermission(context, 'members', 'write');
    const body = await readBody(context, createRoleSchema);
    const permissions = [...new Set(body.permissions)].sort() as Permission[];
    requireSubset(new Set(permissions), tokenPermissions(context), 'This role');
    const now = clock.now();
    const role: CustomRole = {
      id: ids.id('role') as CustomRole['id'],
      workspaceId: context.get('token').workspaceId,
      name: body.name,
      permissions,
      createdAt: now,
      updatedAt: now,
    };
    await store.saveRole(role);
    return context.json({ success: true, data: roleView(role) }, 201);
  });

  routes.get('/:id', roleDocs.get, async (context) => {
    requirePermission(context, 'members', 'read');
    const role = await find(context.get('token').workspaceId, context.req.param('id'));
    return context.json({ success: true, data: roleView(role) });
  });

  routes.patch('/:id', roleDocs.update, async (context) => {
    requirePermission(context, 'members', 'write');
    const role = await find(context.get('token').workspaceId, context.req.param('id'));
    const body = await readBody(context, updateRoleSchema);
    const permissions = body.permissions
      ? ([...new Set(body.permissions)].sort() as Permission[])
      : role.permissions;
    requireSubset(new Set(permissions as Permission[]), tokenPermissions(context), 'This role');
    const changed = { ...role, name: body.name ?? role.name, permissions, updatedAt: clock.now() };
    await store.saveRole(changed);
    return context.json({ success: true, data: roleView(changed) });
  });

  routes.delete('/:id', roleDocs.delete, async (context) => {
    requirePermission(context, 'members', 'write');
    const { workspaceId } = context.get('token');
    const role = await find(workspaceId, context.req.param('id'));
    // A member still given it would silently lose every permission: they get another role first.
    const holders = (await store.listMembers(workspaceId)).filter((member) => member.role === role.id);
    if (holders.length > 0) {
      const names = holders.slice(0, 3).map((member) => member.email);
      const more = holders.length > 3 ? ` and ${holders.length - 3} more` : '';
      throw new ConflictError(
        `${role.name} is still the role of ${names.join(', ')}${more}: give them another role first.`,
      );
    }
    // API tokens that still name it keep the name and are granted nothing.
    await store.deleteRole(workspaceId, role.id);
    return context.json({ success: true, data: { id: role.id, deleted: true } });
  });
  return routes;
}

/** `GET /v1/permissions`: the resources, every permission string, and what each built-in role grants. */
export function permissionRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/', permissionDocs, (context) =>
    context.json({
      success: true,
      data: {
        resources: RESOURCES,
        permissions: ALL_PERMISSIONS,
        roles: Object.fromEntries(
          Object.entries(ROLE_PERMISSIONS).map(([role, granted]) => [role, [...granted].sort()]),
        ),
      },
    }),
  );
  return routes;
}
