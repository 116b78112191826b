/** `/v1/tokens` and `/v1/me`: personal access tokens per member (shown once), and who the caller is. */
import {
  NotFoundError,
  type Permission,
  PermissionError,
  permissionsOf,
  type RoleName,
  ValidationError,
} from '@frontdesk/core';
import { SESSION_TOKEN_NAME } from '@frontdesk/services/accounts/sign-in';
import { createToken } from '@frontdesk/services/accounts/tokens';
import { Hono } from 'hono';
import type { AppDependencies } from '../../app-dependencies.js';
import type { AppEnv } from '../../app-env.js';
import { requirePermission, tokenPermissions } from '../../permissions.js';
import { readBody } from '../admin-request.js';
import { tokenDocs } from './account-docs.js';
import { createTokenSchema, listTokensQuerySchema } from './account-schemas.js';
import { memberView, tokenView, workspaceView } from './account-views.js';
import { readQuery } from './query.js';

const DAY_MS = 86_400_000;

type Deps = Pick<AppDependencies, 'store' | 'clock' | 'ids'>;

/** The permissions `role` grants in `workspaceId`; a 400 when a custom role does not exist there. */
export async function resolvePermissions(
  deps: Deps,
  workspaceId: string,
  role: RoleName,
): Promise<ReadonlySet<Permission>> {
  if (!role.startsWith('role_')) return permissionsOf(role);
  const custom = await deps.store.getRole(workspaceId, role);
  if (!custom) throw new ValidationError(`role: no role ${role} in this workspace.`);
  return permissionsOf(role, custom);
}

/** Throws 403 unless `wanted` is within `held`: nobody hands out more than they have. */
export function requireSubset(
  wanted: ReadonlySet<Permission>,
  held: ReadonlySet<Permission>,
  what: string,
): void {
  const extra = [...wanted].filter((permission) => !held.has(permission));
  if (extra.length > 0) throw new PermissionError(`${what} would grant ${extra.join(', ')}.`);
}

/** True for a token with the owner role or of a member who is an owner. */
async function ownerToken(
  deps: Deps,
  token: { workspaceId: string; role: RoleName; memberId?: string | null },
) {
  if (token.role === 'owner') return true;
  if (!token.memberId) return false;
  return (await deps.store.getMember(token.workspaceId, token.memberId))?.role === 'owner';
}

/** The routes under `/v1/tokens`. */
export function tokenRoutes(deps: Deps): Hono<AppEnv> {
  const { store, clock } = deps;
  const routes = new Hono<AppEnv>();

  routes.get('/', tokenDocs.list, async (context) => {
    requirePermission(context, 'tokens', 'read');
    const { memberId } = readQuery(context, listTokensQuerySchema);
    // Console sign-in sessions are tokens too, but not API tokens: they are not listed.
    const tokens = (await store.listTokens(context.get('token').workspaceId)).filter(
      (token) => token.name !== SESSION_TOKEN_NAME,
    );
    const found = memberId === undefined ? tokens : tokens.filter((token) => token.memberId === memberId);
    return context.json({ success: true, data: found.map(tokenView) });
  });

  routes.post('/', tokenDocs.create, async (context) => {
    requirePermission(context, 'tokens', 'write');
    const caller = context.get('token');
    const body = await readBody(context, createTokenSchema);
    if (body.name === SESSION_TOKEN_NAME)
      throw new ValidationError(`name: "${SESSION_TOKEN_NAME}" is kept for console sign-ins.`);
    const memberId = body.memberId ?? caller.memberId ?? null;
    const member = memberId ? await store.getMember(caller.workspaceId, memberId) : undefined;
    if (memberId && !member) throw new ValidationError('memberId: no such member in this workspace.');
    const role = body.role ?? member?.role ?? caller.role;
    const wanted = await resolvePermissions(deps, caller.workspaceId, role);
    requireSubset(wanted, tokenPermissions(context), 'This token');
    if (member)
      requireSubset(wanted, await resolvePermissions(deps, caller.workspaceId, member.role), 'The member');
    const now = clock.now();
    const expiresAt = body.expiresAt
      ? Date.parse(body.expiresAt)
      : body.expiresInDays
        ? now + body.expiresInDays * DAY_MS
        : null;
    if (expiresAt !== null && expiresAt <= now)
      throw new ValidationError('expiresAt: must be in the future.');
    const { token, record } = await createToken(
      store,
      { workspaceId: caller.workspaceId, name: body.name, role, memberId, expiresAt },
      deps,
    );
    // The only time the secret leaves the server.
    return context.json({ success: true, data: { ...tokenView(record), token } }, 201);
  });

  routes.delete('/:id', tokenDocs.revoke, async (context) => {
    requirePermission(context, 'tokens', 'write');
    const { workspaceId } = context.get('token');
    const id = context.req.param('id');
    const target = (await store.listTokens(workspaceId)).find((token) => token.id === id);
    if (target && context.get('token').role !== 'owner' && (await ownerToken(deps, target))) {
      throw new PermissionError("Only an owner may revoke an owner's token.");
    }
    if (!target || !(await store.revokeToken(id, clock.now()))) throw new NotFoundError('No such token.');
    const revoked = (await store.listTokens(workspaceId)).find((token) => token.id === id);
    return context.json({ success: true, data: revoked ? tokenView(revoked) : { id } });
  });
  return routes;
}

/** `GET /v1/me`: the calling token, its member, workspace and permissions. Any valid token may ask. */
export function meRoutes(deps: Deps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/', tokenDocs.me, async (context) => {
    const token = context.get('token');
    const workspace = await deps.store.getWorkspace(token.workspaceId);
    const member = token.memberId ? await deps.store.getMember(token.workspaceId, token.memberId) : undefined;
    return context.json({
      success: true,
      data: {
        token: tokenView(token),
        member: member ? memberView(member) : null,
        workspace: workspace ? workspaceView(workspace) : null,
        permissions: [...tokenPermissions(context)].sort(),
      },
    });
  });
  return routes;
}
