/** The one permission model: what each role may do, as `resource:read` or `resource:write`; every route and screen checks it. */
import type { CustomRole } from './member-store.js';
import type { Role, RoleName } from './records.js';

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
  /** `messages:write`: send messages to bots through `POST /v1/bots/{botId}/message`. */
  'messages',
] as const;
export type Resource = (typeof RESOURCES)[number];
export type Access = 'read' | 'write';
export type Permission = `${Resource}:${Access}`;

const every = (access: Access): Permission[] => RESOURCES.map((resource) => `${resource}:${access}` as const);

/** The built-in roles. Write implies read. Custom roles are sets of the same strings, stored per workspace. */
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
    'messages:write',
  ]),
  viewer: new Set(
    every('read').filter((permission) => permission !== 'logs:read' && permission !== 'tokens:read'),
  ),
};

export const BUILT_IN_ROLES = Object.keys(ROLE_PERMISSIONS) as Role[];

/** Every permission string there is, e.g. for validating a custom role. */
export const ALL_PERMISSIONS: readonly Permission[] = [...every('read'), ...every('write')];

/** True for owner, admin, staff and viewer; false for a custom role id. */
export function isBuiltInRole(role: string): role is Role {
  return Object.hasOwn(ROLE_PERMISSIONS, role);
}

/** What a role grants: the built-in set, or the stored custom role's (none when it is gone). */
export function permissionsOf(role: RoleName, custom?: CustomRole): ReadonlySet<Permission> {
  if (isBuiltInRole(role)) return ROLE_PERMISSIONS[role];
  return new Set(
    (custom?.permissions ?? []).filter((item): item is Permission =>
      ALL_PERMISSIONS.includes(item as Permission),
    ),
  );
}

/** True when `granted` allows `resource:access` (write grants read too). */
export function grants(granted: ReadonlySet<Permission>, resource: Resource, access: Access): boolean {
  return granted.has(`${resource}:${access}`) || (access === 'read' && granted.has(`${resource}:write`));
}

/** True when the built-in `role` grants `resource:access` (write grants read too). */
export function roleAllows(role: Role, resource: Resource, access: Access): boolean {
  return grants(ROLE_PERMISSIONS[role], resource, access);
}
