import { type AdminTestApp, adminTestApp } from '@frontdesk/server/testing/admin-test-app';
import { beforeEach, describe, expect, it } from 'vitest';

// biome-ignore lint/suspicious/noExplicitAny: the tests read loose JSON bodies
const json = async (response: Response) => (await response.json()) as { data: any; code?: string };

describe('roles read at use time', () => {
  let test: AdminTestApp;
  let owner: string;

  beforeEach(async () => {
    test = await adminTestApp();
    owner = await test.token('ws_a', 'owner');
  });

  async function memberWithToken(email: string, role: string) {
    const member = (await json(await test.call(owner, 'POST', '/v1/members', { email, role }))).data;
    const token = (
      await json(await test.call(owner, 'POST', '/v1/tokens', { name: email, memberId: member.id }))
    ).data.token as string;
    return { member, token };
  }

  it('takes a demotion into account on tokens issued before it', async () => {
    const { member, token } = await memberWithToken('ada@example.com', 'admin');
    expect(
      (
        await test.call(token, 'POST', '/v1/bots', {
          id: 'x1',
          name: 'X',
          agent: { kind: 'embedded', knowledgeDir: 'help' },
        })
      ).status,
    ).toBe(201);
    expect((await test.call(owner, 'PATCH', `/v1/members/${member.id}`, { role: 'viewer' })).status).toBe(
      200,
    );
    const after = await test.call(token, 'POST', '/v1/bots', {
      id: 'x2',
      name: 'X',
      agent: { kind: 'embedded', knowledgeDir: 'help' },
    });
    expect(after.status).toBe(403);
    expect((await json(await test.call(token, 'GET', '/v1/me'))).data.token.role).toBe('viewer');
  });

  it('lets only an owner change, remove or revoke an owner', async () => {
    const { token: adminToken } = await memberWithToken('admin@example.com', 'admin');
    const { member: secondOwner, token: ownerToken } = await memberWithToken('boss@example.com', 'owner');
    expect(
      (await test.call(adminToken, 'PATCH', `/v1/members/${secondOwner.id}`, { role: 'viewer' })).status,
    ).toBe(403);
    expect((await test.call(adminToken, 'DELETE', `/v1/members/${secondOwner.id}`)).status).toBe(403);
    const tokens = (await json(await test.call(owner, 'GET', `/v1/tokens?memberId=${secondOwner.id}`))).data;
    expect((await test.call(adminToken, 'DELETE', `/v1/tokens/${tokens[0].id}`)).status).toBe(403);
    expect((await test.call(ownerToken, 'GET', '/v1/me')).status).toBe(200);
    expect((await test.call(owner, 'DELETE', `/v1/tokens/${tokens[0].id}`)).status).toBe(200);
  });

  it('lets only tokens with messages:write send, and a custom role with no permissions cannot', async () => {
    owner = await test.token('ws_default', 'owner');
    const role = (
      await json(await test.call(owner, 'POST', '/v1/roles', { name: 'Nothing', permissions: [] }))
    ).data;
    const { token } = await memberWithToken('none@example.com', role.id);
    const refused = await test.call(token, 'POST', '/v1/bots/demo/message', { message: { text: 'hi' } });
    expect(refused.status).toBe(403);
    const allowed = await test.call(owner, 'POST', '/v1/bots/demo/message', { message: { text: 'hi' } });
    expect(allowed.status, await allowed.clone().text()).toBe(200);
  });

  it('lists only the token’s own workspace, never an invitee’s other workspaces', async () => {
    const other = await test.token('ws_b', 'owner');
    await test.call(other, 'POST', '/v1/members', { email: 'victim@example.com', role: 'owner' });
    const { token } = await memberWithToken('victim@example.com', 'viewer');
    const listed = (await json(await test.call(token, 'GET', '/v1/workspaces'))).data;
    expect(listed.map((workspace: { id: string }) => workspace.id)).toEqual(['ws_a']);
  });
});
