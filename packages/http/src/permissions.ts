/** The request side of the permission model (in core): the token's permissions and the 403 when they fall short. */
import {
  type Access,
  grants,
  isBuiltInRole,
  type Permission,
  PermissionError,
  type Resource,
  ROLE_PERMISSIONS,
} from '@frontdesk/core';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';

/** The permissions of the request's token: set by the auth middleware for custom roles. */
export function tokenPermissions(context: Context<AppEnv>): ReadonlySet<Permission> {
  const { role } = context.get('token');
  if (isBuiltInRole(role)) return ROLE_PERMISSIONS[role];
  return (context.get('permissions') as ReadonlySet<Permission> | undefined) ?? new Set();
}

/** Throws a 403 `permission_error` unless the request's token may do this. */
export function requirePermission(context: Context<AppEnv>, resource: Resource, access: Access): void {
  if (!grants(tokenPermissions(context), resource, access)) {
    throw new PermissionError(`A ${context.get('token').role} token may not ${access} ${resource}.`);
  }
}
