import { createIdSource } from '@frontdesk/core';
import { type AdminTestApp, adminTestApp } from '@frontdesk/server/testing/admin-test-app';
import { SESSION_TOKEN_NAME, startSession } from '@frontdesk/services/accounts/sign-in';
import { createToken } from '@frontdesk/services/accounts/tokens';
import { beforeEach, describe, expect, it } from 'vitest';

// biome-ignore lint/suspicious/noExplicitAny: the tests read loose JSON bodies
const json = async (response: Response) => (await response.json()) as { data: any; code?: string };

describe('/v1/tokens and /v1/me', () => {
  let test: AdminTestApp;
  let owner: string;

  beforeEach(async () => {
    test = await adminTestApp();
    owner = await test.token('ws_a', 'owner');
  });

  it('shows a new token once, then lists it with its prefix and last use but never the secret', async () => {
    const created = await test.call(owner, 'POST', '/v1/tokens', { name: 'ci', role: 'staff' });
    expect(created.status).toBe(201);
    const { data } = await json(created);
    expect(data.token).toMatch(/^fd_/);
    expect(data).toMatchObject({ name: 'ci', role: 'staff', lastUsedAt: null, expiresAt: null });

    expect((await test.call(data.token, 'GET', '/v1/me')).status).toBe(200);
    const listed = await test.call(owner, 'GET', '/v1/tokens');
    const text = await listed.clone().text();
    expect(text).not.toContain(data.token);
    expect(text).not.toContain('hash');
    const row = (await json(listed)).data.find((token: { id: string }) => token.id === data.id);
    expect(row.prefix).toBe(data.token.slice(0, 10));
    expect(row.lastUsedAt).not.toBeNull();
  });

  it('refuses an expired token with 401 and a token whose expiry is in the past when created', async () => {
    const ids = createIdSource();
    const clock = { now: () => Date.now() };
    const { token } = await createToken(
      test.store,
      { workspaceId: 'ws_a', name: 'old', role: 'admin', expiresAt: Date.now() - 1 },
      { clock, ids },
    );
    const refused = await test.call(token, 'GET', '/v1/me');
    expect(refused.status).toBe(401);
    expect((await json(refused)).code).toBe('authentication_error');

    const past = await test.call(owner, 'POST', '/v1/tokens', {
      name: 'x',
      expiresAt: '2000-01-01T00:00:00Z',
    });
    expect(past.status).toBe(400);
    const soon = await json(await test.call(owner, 'POST', '/v1/tokens', { name: 'x', expiresInDays: 7 }));
    expect(Date.parse(soon.data.expiresAt)).toBeGreaterThan(Date.now() + 6 * 86_400_000);
  });

  it('revokes a token of its workspace only, after which the token is refused', async () => {
    const { data } = await json(await test.call(owner, 'POST', '/v1/tokens', { name: 'temp' }));
    const revoked = await test.call(owner, 'DELETE', `/v1/tokens/${data.id}`);
    expect((await json(revoked)).data.revokedAt).not.toBeNull();
    expect((await test.call(data.token, 'GET', '/v1/me')).status).toBe(401);

    const other = await test.token('ws_b', 'owner');
    const mine = await json(await test.call(owner, 'POST', '/v1/tokens', { name: 'mine' }));
    expect((await test.call(other, 'DELETE', `/v1/tokens/${mine.data.id}`)).status).toBe(404);
    expect((await test.call(mine.data.token, 'GET', '/v1/me')).status).toBe(200);
  });

  it('lists API tokens but not console sign-in sessions, and keeps the session name for them', async () => {
    const invited = await json(await test.call(owner, 'POST', '/v1/members', { email: 'ada@example.com' }));
    const member = await test.store.getMember('ws_a', invited.data.id);
    if (!member) throw new Error('the invited member is missing');
    const { session } = await startSession(test.runtime, member);
    const api = await json(await test.call(owner, 'POST', '/v1/tokens', { name: 'ci' }));
    const listed = (await json(await test.call(owner, 'GET', '/v1/tokens'))).data as { id: string }[];
    expect(listed.map((token) => token.id)).toContain(api.data.id);
    expect(listed.map((token) => token.id)).not.toContain(session.id);
    const mine = await test.call(owner, 'GET', `/v1/tokens?memberId=${invited.data.id}`);
    expect((await json(mine)).data).toEqual([]);
    const named = await test.call(owner, 'POST', '/v1/tokens', { name: SESSION_TOKEN_NAME });
    expect(named.status).toBe(400);
  });

  it('never hands out more than the caller holds', async () => {
    const admin = await test.token('ws_a', 'admin');
    const refused = await test.call(admin, 'POST', '/v1/tokens', { name: 'up', role: 'owner' });
    expect(refused.status).toBe(403);
    expect((await test.call(admin, 'POST', '/v1/tokens', { name: 'down', role: 'viewer' })).status).toBe(201);
  });

  it('tells a token its workspace and permissions', async () => {
    const viewer = await test.token('ws_a', 'viewer');
    const { data } = await json(await test.call(viewer, 'GET', '/v1/me'));
    expect(data.workspace).toMatchObject({ id: 'ws_a', logRetentionDays: 30 });
    expect(data.token.role).toBe('viewer');
    expect(data.permissions).toContain('bots:read');
    expect(data.permissions).not.toContain('bots:write');
  });

  it('gives a token of a custom role exactly the permissions stored for that role', async () => {
    const now = Date.now();
    await test.store.saveRole({
      id: 'role_support',
      workspaceId: 'ws_a',
      name: 'Support',
      permissions: ['tickets:write', 'bots:read'],
      createdAt: now,
      updatedAt: now,
    });
    const created = await json(
      await test.call(owner, 'POST', '/v1/tokens', { name: 's', role: 'role_support' }),
    );
    const custom = created.data.token as string;
    expect((await json(await test.call(custom, 'GET', '/v1/me'))).data.permissions).toEqual([
      'bots:read',
      'tickets:write',
    ]);
    expect((await test.call(custom, 'GET', '/v1/bots')).status).toBe(200);
    expect((await test.call(custom, 'GET', '/v1/sessions')).status).toBe(403);
    const unknown = await test.call(owner, 'POST', '/v1/tokens', { name: 's', role: 'role_nope' });
    expect(unknown.status).toBe(400);
  });
});
