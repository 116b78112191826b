// Every /v1 route (read from the app itself) against every built-in role and a custom role with no permissions.
import type { Role } from '@frontdesk/core';
import { roleAllows } from '@frontdesk/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AdminTestApp, adminTestApp } from '../../packages/server/src/testing/admin-test-app.js';

type Resource = Parameters<typeof roleAllows>[1];

/** The permission a route needs, by its first path segment; `null` for routes any valid token may use. */
const RESOURCE_OF: Record<string, Resource | null> = {
  bots: 'bots',
  sessions: 'sessions',
  conversations: 'conversations',
  tickets: 'tickets',
  csat: 'tickets',
  events: 'tickets',
  members: 'members',
  roles: 'members',
  groups: 'members',
  invitations: 'members',
  tokens: 'tokens',
  connectors: 'connectors',
  integrations: 'integrations',
  logs: 'logs',
  workspaces: 'workspaces',
  settings: 'bots',
  knowledge: 'bots',
  analytics: 'conversations',
  teams: 'integrations',
  slack: 'integrations',
  desk: 'tickets',
  me: null,
  permissions: null,
};

function needed(method: string, path: string): { resource: Resource | null; access: 'read' | 'write' } {
  const segment = path.split('/')[2] ?? '';
  if (!(segment in RESOURCE_OF))
    throw new Error(`No permission mapping for ${method} ${path}: add it to RESOURCE_OF.`);
  const access = method === 'GET' ? 'read' : 'write';
  if (segment === 'bots' && path.endsWith('/message')) return { resource: 'messages', access: 'write' };
  // Like /v1/me: who am I and where; any valid token.
  if (path === '/v1/workspaces/current') return { resource: null, access };
  // Shows what a deletion would remove: only for those who may delete.
  if (path.endsWith('/deletion-preview')) return { resource: 'workspaces', access: 'write' };
  // A saved filter is the member's own view of the tickets: whoever reads tickets may keep one.
  if (path.startsWith('/v1/desk/saved-filters')) return { resource: 'tickets', access: 'read' };
  return { resource: RESOURCE_OF[segment] ?? null, access };
}

let test: AdminTestApp;
const tokens: Record<string, string> = {};
let routes: { method: string; path: string }[] = [];

beforeAll(async () => {
  test = await adminTestApp();
  for (const role of ['owner', 'admin', 'staff', 'viewer'] as Role[])
    tokens[role] = await test.token('ws_default', role);
  const created = await test.call(tokens.owner!, 'POST', '/v1/roles', {
    name: 'Nothing at all',
    permissions: [],
  });
  const role = ((await created.json()) as { data: { id: string } }).data.id;
  const member = await test.call(tokens.owner!, 'POST', '/v1/members', { email: 'nobody@example.com', role });
  const memberId = ((await member.json()) as { data: { id: string } }).data.id;
  const token = await test.call(tokens.owner!, 'POST', '/v1/tokens', { name: 'nothing', memberId });
  tokens.none = ((await token.json()) as { data: { token: string } }).data.token;
  const seen = new Set<string>();
  routes = test.app.routes
    .filter((route) => route.method !== 'ALL' && route.path.startsWith('/v1/'))
    .filter(
      (route) => !seen.has(`${route.method} ${route.path}`) && seen.add(`${route.method} ${route.path}`),
    );
});

/** Path parameters become ids that exist nowhere; the permission check must come before the lookup. */
const concrete = (path: string) => path.replace(/:[A-Za-z]+(\{[^}]*\})?/g, 'x-missing');

async function statusOf(token: string, method: string, path: string): Promise<number> {
  const response = await test.call(token, method, concrete(path), method === 'GET' ? undefined : {});
  await response.body?.cancel();
  return response.status;
}

describe('role × route matrix', () => {
  it('covers every /v1 route of the app', () => {
    expect(routes.length).toBeGreaterThanOrEqual(70);
    for (const route of routes) needed(route.method, route.path);
  });

  it.each(['owner', 'admin', 'staff', 'viewer', 'none'])(
    '%s: refused exactly where the role lacks the permission, never a 5xx',
    async (role) => {
      const problems: string[] = [];
      for (const { method, path } of routes) {
        if (path === '/v1/events') continue; // a stream: covered by test/e2e/desk-events.test.ts
        const status = await statusOf(tokens[role]!, method, path);
        const { resource, access } = needed(method, path);
        const allowed =
          resource === null ||
          (role !== 'none' &&
            roleAllows(role as Role, resource, access) &&
            !(role !== 'owner' && resource === 'workspaces' && access === 'write'));
        if (status >= 500) problems.push(`${method} ${path}: ${status}`);
        else if (!allowed && status !== 403) problems.push(`${method} ${path}: ${status}, expected 403`);
        else if (allowed && status === 403) problems.push(`${method} ${path}: 403, expected access`);
      }
      expect(problems).toEqual([]);
    },
  );
});
