// A member's token made with a custom role: it acts with that role, never more than the member's
// own role allows (before, an admin's narrow custom-role token acted as an admin).
import { type AdminTestApp, adminTestApp } from '@frontdesk/server/testing/admin-test-app';
import { beforeEach, describe, expect, it } from 'vitest';

// biome-ignore lint/suspicious/noExplicitAny: the tests read loose JSON bodies
const json = async (response: Response) => (await response.json()) as { data: any };

describe('custom-role tokens of members', () => {
  let test: AdminTestApp;
  let owner: string;

  beforeEach(async () => {
    test = await adminTestApp();
    owner = await test.token('ws_a', 'owner');
  });

  it('an admin member’s "read tickets" token reads tickets and nothing more', async () => {
    const member = (
      await json(await test.call(owner, 'POST', '/v1/members', { email: 'o@example.com', role: 'admin' }))
    ).data;
    const role = (
      await json(
        await test.call(owner, 'POST', '/v1/roles', { name: 'Reader', permissions: ['tickets:read'] }),
      )
    ).data;
    const created = await test.call(owner, 'POST', '/v1/tokens', {
      name: 'reader',
      role: role.id,
      memberId: member.id,
    });
    expect(created.status).toBe(201);
    const token = (await json(created)).data.token;
    const me = (await json(await test.call(token, 'GET', '/v1/me'))).data;
    expect(me.token.role).toBe(role.id);
    expect(me.permissions).toEqual(['tickets:read']);
    expect((await test.call(token, 'GET', '/v1/tickets')).status).toBe(200);
    expect((await test.call(token, 'GET', '/v1/members')).status).toBe(403);
    expect((await test.call(token, 'POST', '/v1/members', { email: 'x@example.com' })).status).toBe(403);

    // The member's role still caps it: a member who may not read tickets makes it read nothing.
    const other = (
      await json(await test.call(owner, 'POST', '/v1/roles', { name: 'Bots', permissions: ['bots:read'] }))
    ).data;
    expect((await test.call(owner, 'PATCH', `/v1/members/${member.id}`, { role: other.id })).status).toBe(
      200,
    );
    expect((await test.call(token, 'GET', '/v1/tickets')).status).toBe(403);
    expect((await test.call(token, 'GET', '/v1/bots')).status).toBe(403);
  });
});
