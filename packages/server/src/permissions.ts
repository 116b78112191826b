/** What each role may do: permissions are `resource:read` or `resource:write`, checked by every admin route. */
import { PermissionError, type Role } from '@frontdesk/core';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';

export const RESOURCES = [
  'bots',
  'sessions',
  'conversations',
  'tickets',
  'members',
  'tokens',
  'connectors',
  'integrations',
  'logs',
  'workspaces',
] as const;
export type Resource = (typeof RESOURCES)[number];
export type Access = 'read' | 'write';
export type Permission = `${Resource}:${Access}`;

const every = (access: Access): Permission[] => RESOURCES.map((resource) => `${resource}:${access}` as const);

/** The built-in roles. Write implies read. Custom roles (a later step) are sets of the same strings. */
export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  owner: new Set([...every('read'), ...every('write')]),
  admin: new Set([
    ...every('read'),
    ...every('write').filter((permission) => permission !== 'workspaces:write'),
  ]),
  // Staff work conversations and tickets; they see the rest of the setup but do not change it.
  staff: new Set([
    ...every('read').filter((permission) => permission !== 'logs:read' && permission !== 'tokens:read'),
    'conversations:write',
    'tickets:write',
    'sessions:write',
  ]),
  viewer: new Set(
    every('read').filter((permission) => permission !== 'logs:read' && permission !== 'tokens:read'),
  ),
};

/** True when `role` grants `resource:access` (write grants read too). */
export function roleAllows(role: Role, resource: Resource, access: Access): boolean {
  const granted = ROLE_PERMISSIONS[role];
  return granted.has(`${resource}:${access}`) || (access === 'read' && granted.has(`${resource}:write`));
}

/** Throws a 403 `permission_error` unless the request's token may do this. */
export function requirePermission(context: Context<AppEnv>, resource: Resource, access: Access): void {
  const { role } = context.get('token');
  if (!roleAllows(role, resource, access)) {
    throw new PermissionError(`A ${role} token may not ${access} ${resource}.`);
  }
}
