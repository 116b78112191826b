/** `/v1/members`: invite, list, read, change and remove the members of the token's workspace. */
import { ConflictError, type Member, NotFoundError, PermissionError } from '@frontdesk/core';
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { AppDependencies } from '../../app-dependencies.js';
import type { AppEnv } from '../../app-env.js';
import { requirePermission, tokenPermissions } from '../../permissions.js';
import { readBody } from '../admin-request.js';
import { memberDocs } from './account-docs.js';
import { inviteMemberSchema, updateMemberSchema } from './account-schemas.js';
import { memberView } from './account-views.js';
import { requireSubset, resolvePermissions } from './tokens.js';

type Deps = Pick<AppDependencies, 'store' | 'clock' | 'ids'>;

/** The routes under `/v1/members`. Nobody gives a member a role with more than their own token holds. */
export function memberRoutes(deps: Deps): Hono<AppEnv> {
  const { store, clock, ids } = deps;
  const routes = new Hono<AppEnv>();

  async function find(workspaceId: string, id: string): Promise<Member> {
    const member = await store.getMember(workspaceId, id);
    if (!member) throw new NotFoundError('No such member.');
    return member;
  }

  /** Owners are changed and removed by owners only, so an admin cannot lock the owners out. */
  function requireOwnerFor(context: Context<AppEnv>, member: Member): void {
    if (member.role === 'owner' && context.get('token').role !== 'owner') {
      throw new PermissionError('Only an owner may change or remove an owner.');
    }
  }

  /** A workspace keeps at least one owner, so someone can always manage it. */
  async function requireAnotherOwner(member: Member): Promise<void> {
    if (member.role !== 'owner') return;
    const owners = (await store.listMembers(member.workspaceId)).filter((other) => other.role === 'owner');
    if (owners.length <= 1) throw new ConflictError('The last owner cannot be removed or demoted.');
  }

  routes.get('/', memberDocs.list, async (context) => {
    requirePermission(context, 'members', 'read');
    const members = await store.listMembers(context.get('token').workspaceId);
    return context.json({ success: true, data: members.map(memberView) });
  });

  routes.post('/', memberDocs.create, async (context) => {
    requirePermission(context, 'members', 'write');
    const { workspaceId } = context.get('token');
    const body = await readBody(context, inviteMemberSchema);
    requireSubset(
      await resolvePermissions(deps, workspaceId, body.role),
      tokenPermissions(context),
      'This role',
    );
    if ((await store.listMembers(workspaceId)).some((member) => member.email === body.email))
      throw new ConflictError('A member with this email exists.');
    const now = clock.now();
    const member: Member = {
      id: ids.id('mem'),
      workspaceId,
      email: body.email,
      name: body.name || body.email.split('@')[0]!,
      role: body.role,
      status: 'invited',
      createdAt: now,
      updatedAt: now,
    };
    await store.saveMember(member);
    return context.json({ success: true, data: memberView(member) }, 201);
  });

  routes.get('/:id', memberDocs.get, async (context) => {
    requirePermission(context, 'members', 'read');
    const member = await find(context.get('token').workspaceId, context.req.param('id'));
    return context.json({ success: true, data: memberView(member) });
  });

  routes.patch('/:id', memberDocs.update, async (context) => {
    requirePermission(context, 'members', 'write');
    const { workspaceId } = context.get('token');
    const member = await find(workspaceId, context.req.param('id'));
    requireOwnerFor(context, member);
    const body = await readBody(context, updateMemberSchema);
    if (body.role !== undefined && body.role !== member.role) {
      requireSubset(
        await resolvePermissions(deps, workspaceId, body.role),
        tokenPermissions(context),
        'This role',
      );
      await requireAnotherOwner(member);
    }
    const changed: Member = {
      ...member,
      ...(body.name ? { name: body.name } : {}),
      ...(body.role ? { role: body.role } : {}),
      ...(body.status ? { status: body.status } : {}),
      updatedAt: clock.now(),
    };
    await store.saveMember(changed);
    return context.json({ success: true, data: memberView(changed) });
  });

  routes.delete('/:id', memberDocs.delete, async (context) => {
    requirePermission(context, 'members', 'write');
    const { workspaceId } = context.get('token');
    const member = await find(workspaceId, context.req.param('id'));
    requireOwnerFor(context, member);
    await requireAnotherOwner(member);
    // A removed member's tokens stop working with them.
    const now = clock.now();
    for (const token of await store.listTokens(workspaceId)) {
      if (token.memberId === member.id) await store.revokeToken(token.id, now);
    }
    await store.deleteMember(workspaceId, member.id);
    return context.json({ success: true, data: { id: member.id, deleted: true } });
  });
  return routes;
}
