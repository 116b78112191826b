// A console session (the cookie) may do exactly what a token of the same member may do, on every
// /v1 route of the app; and a cookie write without the session's CSRF token is always refused.
import { setMemberPassword } from '@frontdesk/services/accounts/set-password';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AdminTestApp, adminTestApp } from '../../packages/server/src/testing/admin-test-app.js';

const ROLES = ['admin', 'staff', 'viewer'] as const;
const PASSWORD = 'a long enough password';

let test: AdminTestApp;
let routes: { method: string; path: string }[] = [];
const people: Record<string, { token: string; cookie: string; csrf: string }> = {};

/** Path parameters become ids that exist nowhere; the permission check must come before the lookup. */
const concrete = (path: string) => path.replace(/:[A-Za-z]+(\{[^}]*\})?/g, 'x-missing');

beforeAll(async () => {
  test = await adminTestApp();
  const owner = await test.token('ws_default', 'owner');
  for (const role of ROLES) {
    const email = `${role}@example.com`;
    const created = await test.call(owner, 'POST', '/v1/members', { email, role });
    const memberId = ((await created.json()) as { data: { id: string } }).data.id;
    const member = (await test.store.getMember('ws_default', memberId))!;
    await setMemberPassword(test.store, member, PASSWORD, { now: () => Date.now() });
    const token = await test.call(owner, 'POST', '/v1/tokens', { name: role, memberId });
    const signIn = await test.app.request('/auth/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    expect(signIn.status).toBe(200);
    people[role] = {
      token: ((await token.json()) as { data: { token: string } }).data.token,
      cookie: /fd_session=[^;]+/.exec(signIn.headers.get('set-cookie') ?? '')![0],
      csrf: ((await signIn.json()) as { data: { csrfToken: string } }).data.csrfToken,
    };
  }
  const seen = new Set<string>();
  routes = test.app.routes
    .filter((route) => route.method !== 'ALL' && route.path.startsWith('/v1/') && route.path !== '/v1/events')
    .filter(
      (route) => !seen.has(`${route.method} ${route.path}`) && seen.add(`${route.method} ${route.path}`),
    );
});

async function status(method: string, path: string, headers: Record<string, string>): Promise<number> {
  const response = await test.app.request(concrete(path), {
    method,
    headers: { ...headers, ...(method === 'GET' ? {} : { 'Content-Type': 'application/json' }) },
    ...(method === 'GET' ? {} : { body: '{}' }),
  });
  await response.body?.cancel();
  return response.status;
}

describe('session × route matrix', () => {
  it('covers the routes of the app', () => {
    expect(routes.length).toBeGreaterThanOrEqual(70);
  });

  it.each(ROLES)(
    '%s: the cookie gets the same answer as the member’s token on every /v1 route',
    async (role) => {
      const person = people[role]!;
      const differences: string[] = [];
      for (const { method, path } of routes) {
        const byToken = await status(method, path, { Authorization: `Bearer ${person.token}` });
        const byCookie = await status(method, path, { Cookie: person.cookie, 'X-CSRF-Token': person.csrf });
        if (byToken !== byCookie) differences.push(`${method} ${path}: token ${byToken}, cookie ${byCookie}`);
      }
      expect(differences).toEqual([]);
    },
  );

  it.each(ROLES)('%s: every cookie write without the CSRF header is refused with 403', async (role) => {
    const person = people[role]!;
    const accepted: string[] = [];
    for (const { method, path } of routes) {
      if (method === 'GET') continue;
      const answer = await status(method, path, { Cookie: person.cookie });
      if (answer !== 403) accepted.push(`${method} ${path}: ${answer}`);
    }
    expect(accepted).toEqual([]);
  });
});
