import { type AdminTestApp, adminTestApp } from '@frontdesk/server/testing/admin-test-app';
import { beforeEach, describe, expect, it } from 'vitest';

// biome-ignore lint/suspicious/noExplicitAny: the tests read loose JSON bodies
type Body = { data: any; code?: string; message?: string };
const json = async (response: Response) => (await response.json()) as Body;

describe('/v1/members, /v1/roles and /v1/groups', () => {
  let test: AdminTestApp;
  let owner: string;

  beforeEach(async () => {
    test = await adminTestApp();
    owner = await test.token('ws_a', 'owner');
  });

  it('invites, lists, changes and removes a member, whose tokens then stop working', async () => {
    const invited = await test.call(owner, 'POST', '/v1/members', {
      email: 'Ada@Example.com',
      role: 'staff',
    });
    expect(invited.status).toBe(201);
    const member = (await json(invited)).data;
    expect(member).toMatchObject({ email: 'ada@example.com', name: 'ada', role: 'staff', status: 'invited' });
    expect((await test.call(owner, 'POST', '/v1/members', { email: 'ada@example.com' })).status).toBe(409);

    const token = (
      await json(await test.call(owner, 'POST', '/v1/tokens', { name: 'ada', memberId: member.id }))
    ).data;
    expect(token).toMatchObject({ role: 'staff', memberId: member.id });
    const me = (await json(await test.call(token.token, 'GET', '/v1/me'))).data;
    expect(me.member.email).toBe('ada@example.com');
    // A token never outranks its member.
    const above = await test.call(owner, 'POST', '/v1/tokens', {
      name: 'x',
      memberId: member.id,
      role: 'admin',
    });
    expect(above.status).toBe(403);

    const changed = await test.call(owner, 'PATCH', `/v1/members/${member.id}`, {
      role: 'viewer',
      name: 'Ada L.',
    });
    expect((await json(changed)).data).toMatchObject({ role: 'viewer', name: 'Ada L.' });
    expect((await json(await test.call(owner, 'GET', '/v1/members'))).data).toHaveLength(1);

    expect((await test.call(owner, 'DELETE', `/v1/members/${member.id}`)).status).toBe(200);
    expect((await test.call(owner, 'GET', `/v1/members/${member.id}`)).status).toBe(404);
    expect((await test.call(token.token, 'GET', '/v1/me')).status).toBe(401);
  });

  it('keeps the last owner and refuses roles above the caller', async () => {
    const first = (
      await json(await test.call(owner, 'POST', '/v1/members', { email: 'o@example.com', role: 'owner' }))
    ).data;
    expect((await test.call(owner, 'DELETE', `/v1/members/${first.id}`)).status).toBe(409);
    expect((await test.call(owner, 'PATCH', `/v1/members/${first.id}`, { role: 'admin' })).status).toBe(409);
    const admin = await test.token('ws_a', 'admin');
    expect(
      (await test.call(admin, 'POST', '/v1/members', { email: 'x@example.com', role: 'owner' })).status,
    ).toBe(403);
  });

  it('builds a custom role from permissions and lets a member of it do exactly that', async () => {
    const created = await test.call(owner, 'POST', '/v1/roles', {
      name: 'Ticket triage',
      permissions: ['tickets:write', 'bots:read', 'tickets:write'],
    });
    expect(created.status).toBe(201);
    const role = (await json(created)).data;
    expect(role.id).toMatch(/^role_/);
    expect(role.permissions).toEqual(['bots:read', 'tickets:write']);
    expect(
      (await test.call(owner, 'POST', '/v1/roles', { name: 'x', permissions: ['bots:fly'] })).status,
    ).toBe(400);

    const member = (
      await json(await test.call(owner, 'POST', '/v1/members', { email: 't@example.com', role: role.id }))
    ).data;
    const token = (
      await json(await test.call(owner, 'POST', '/v1/tokens', { name: 't', memberId: member.id }))
    ).data;
    expect(token.role).toBe(role.id);
    expect((await test.call(token.token, 'GET', '/v1/bots')).status).toBe(200);
    expect((await test.call(token.token, 'GET', '/v1/members')).status).toBe(403);

    await test.call(owner, 'PATCH', `/v1/roles/${role.id}`, { permissions: ['members:read'] });
    expect((await test.call(token.token, 'GET', '/v1/members')).status).toBe(200);
    expect((await test.call(token.token, 'GET', '/v1/bots')).status).toBe(403);

    // Refused while a member has it, with who; allowed once they have another role.
    const refused = await test.call(owner, 'DELETE', `/v1/roles/${role.id}`);
    expect(refused.status).toBe(409);
    expect((await json(refused)).message).toContain('t@example.com');
    expect((await test.call(token.token, 'GET', '/v1/members')).status).toBe(200);
    await test.call(owner, 'PATCH', `/v1/members/${member.id}`, { role: 'viewer' });
    expect((await test.call(owner, 'DELETE', `/v1/roles/${role.id}`)).status).toBe(200);
    expect((await test.call(owner, 'GET', `/v1/roles/${role.id}`)).status).toBe(404);
    const catalogue = (await json(await test.call(owner, 'GET', '/v1/permissions'))).data;
    expect(catalogue.permissions).toContain('logs:read');
    expect(catalogue.roles.viewer).toContain('bots:read');
  });

  it('assigns members and bots of its own workspace to a group', async () => {
    const member = (await json(await test.call(owner, 'POST', '/v1/members', { email: 'g@example.com' })))
      .data;
    const bot = { id: 'demo', name: 'Demo', agent: { kind: 'embedded', knowledgeDir: 'unused' } };
    expect((await test.call(owner, 'POST', '/v1/bots', bot)).status).toBe(201);
    const created = await test.call(owner, 'POST', '/v1/groups', {
      name: 'Billing',
      memberIds: [member.id],
      botIds: ['demo'],
    });
    expect(created.status).toBe(201);
    const group = (await json(created)).data;
    expect(group).toMatchObject({ name: 'Billing', memberIds: [member.id], botIds: ['demo'] });
    expect(group).not.toHaveProperty('ticketIds');
    const foreign = await test.call(owner, 'PATCH', `/v1/groups/${group.id}`, { botIds: ['nope'] });
    expect(foreign.status).toBe(400);
    const renamed = await test.call(owner, 'PATCH', `/v1/groups/${group.id}`, { name: 'Billing EU' });
    expect((await json(renamed)).data).toMatchObject({ name: 'Billing EU', botIds: ['demo'] });
    expect((await json(await test.call(owner, 'GET', '/v1/groups'))).data).toHaveLength(1);
    expect((await test.call(owner, 'DELETE', `/v1/groups/${group.id}`)).status).toBe(200);
    expect((await test.call(owner, 'GET', `/v1/groups/${group.id}`)).status).toBe(404);
  });
});
