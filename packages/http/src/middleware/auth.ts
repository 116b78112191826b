/** Bearer-token authentication for the API: sets `token` (with the role in force now), or answers 401 in the envelope. */
import {
  AuthError,
  type Clock,
  isBuiltInRole,
  type MemberStore,
  type Permission,
  permissionsOf,
  type Role,
  type RoleName,
  type Token,
  type WorkspaceStore,
} from '@frontdesk/core';
import { verifyToken } from '@frontdesk/services/accounts/tokens';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { errorResponse } from '../error-response.js';

export type AuthStore = WorkspaceStore & Pick<MemberStore, 'getRole' | 'getMember'>;

const RANK: Record<Role, number> = { viewer: 0, staff: 1, admin: 2, owner: 3 };

/**
 * The role a member's token acts with: the member's role when it is lower than (or other than) the
 * one the token was made with, so demoting a member takes effect on tokens already issued.
 */
function roleInForce(tokenRole: RoleName, memberRole: RoleName): RoleName {
  if (memberRole === tokenRole) return tokenRole;
  if (isBuiltInRole(memberRole) && isBuiltInRole(tokenRole)) {
    return RANK[memberRole] < RANK[tokenRole] ? memberRole : tokenRole;
  }
  // A custom role on either side cannot be ranked: the member's current role decides.
  return memberRole;
}

/** Only what both grant: a member's token with a custom role on either side never exceeds either role. */
function intersect(a: ReadonlySet<Permission>, b: ReadonlySet<Permission>): ReadonlySet<Permission> {
  return new Set([...a].filter((permission) => b.has(permission)));
}

/**
 * Verifies the header and reads, at this moment, what the token may do: the token record, with
 * `role` replaced by the role in force, and the permissions of a custom role. A member who is gone
 * takes their tokens with them. A member's token made with a custom role acts with that role, cut
 * down to what the member's current role allows (an owner's "read tickets" token is not an owner).
 */
export async function authenticate(
  store: AuthStore,
  header: string | null | undefined,
  dependencies: { clock?: Clock } = {},
): Promise<{ token: Token; permissions?: ReadonlySet<Permission> }> {
  const record = await verifyToken(store, header, dependencies);
  const grantsOf = async (role: RoleName) =>
    permissionsOf(role, isBuiltInRole(role) ? undefined : await store.getRole(record.workspaceId, role));
  let role = record.role;
  if (record.memberId) {
    const member = await store.getMember(record.workspaceId, record.memberId);
    if (!member) throw new AuthError('This token belongs to a member who has been removed.');
    if (!isBuiltInRole(record.role) && member.role !== record.role) {
      const permissions = intersect(await grantsOf(record.role), await grantsOf(member.role));
      return { token: record, permissions };
    }
    role = roleInForce(record.role, member.role);
  }
  const token = role === record.role ? record : { ...record, role };
  if (isBuiltInRole(role)) return { token };
  return { token, permissions: await grantsOf(role) };
}

/** Requires a valid, unrevoked, unexpired personal access token on every request it guards. */
export function requireToken(
  store: AuthStore,
  dependencies: { clock?: Clock } = {},
): MiddlewareHandler<AppEnv> {
  return async (context, next) => {
    try {
      const { token, permissions } = await authenticate(
        store,
        context.req.header('authorization'),
        dependencies,
      );
      context.set('token', token);
      if (permissions) context.set('permissions', permissions);
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      return errorResponse(error, { 'WWW-Authenticate': 'Bearer' });
    }
    await next();
  };
}
