import { type AdminTestApp, adminTestApp } from '@frontdesk/server/testing/admin-test-app';
import { fillPath, type Seeded, seedWorkspace, snapshot } from '@frontdesk/server/testing/isolation-fixtures';
import { beforeAll, describe, expect, it } from 'vitest';

/** Every `/v1` route the app serves, as `METHOD /path`. */
function apiRoutes(test: AdminTestApp): Array<{ method: string; path: string }> {
  const seen = new Map<string, { method: string; path: string }>();
  for (const route of test.app.routes) {
    if (!route.path.startsWith('/v1/') || route.method === 'ALL') continue;
    seen.set(`${route.method} ${route.path}`, { method: route.method, path: route.path });
  }
  return [...seen.values()];
}

/** A body that passes most schemas, so a route reaches its workspace and permission checks. */
const BODY = {
  message: { text: 'hi' },
  text: 'hi',
  status: 'open',
  name: 'x',
  secret: 'sk-0123456789abcdef',
};

/** The Teams routes check their body before the connection: give them one that passes, so the walk reaches the lookup. */
const bodyFor = (path: string) => (path.startsWith('/v1/teams/') ? { botId: 'bot-ws-a' } : BODY);

describe('workspace isolation and permissions on every admin route', () => {
  let test: AdminTestApp;
  let ownerA: string;
  let viewerA: string;
  let seededA: Seeded;
  let seededB: Seeded;

  beforeAll(async () => {
    test = await adminTestApp();
    ownerA = await test.token('ws_a', 'owner');
    viewerA = await test.token('ws_a', 'viewer');
    const ownerB = await test.token('ws_b', 'owner');
    seededA = await seedWorkspace(test, 'ws_a', ownerA);
    seededB = await seedWorkspace(test, 'ws_b', ownerB);
  });

  it('walks more than the bot and session routes (the list comes from the app itself)', () => {
    const paths = apiRoutes(test).map((route) => route.path);
    expect(paths).toEqual(
      expect.arrayContaining(['/v1/bots/:botId/rules', '/v1/sessions/:id', '/v1/integrations/:id']),
    );
  });

  it('never lets a token of workspace A read or change anything of workspace B', async () => {
    const before = await snapshot(test.store, 'ws_b', seededB);
    const secretsOfB = Object.values(seededB);
    const failures: string[] = [];
    for (const { method, path } of apiRoutes(test)) {
      const target = fillPath(path, seededB);
      if (target === undefined) {
        failures.push(`${method} ${path}: unknown parameter, add it to fillPath`);
        continue;
      }
      const response = await test.call(ownerA, method, target, method === 'GET' ? undefined : bodyFor(path));
      // A live event stream never ends; which workspace it serves is tested in test/e2e/desk-events.test.ts.
      const streaming = response.headers.get('content-type')?.startsWith('text/event-stream');
      if (streaming) await response.body?.cancel();
      const text = streaming ? '' : await response.text();
      const leaked = secretsOfB.find((id) => text.includes(id));
      // The agent endpoint answers an unknown bot with 400 "botId not found" (Enjo-compatible); the rest 404.
      // A Microsoft app id is global: registering one another workspace holds is a conflict, not "not found".
      const expected =
        path === '/v1/bots/:botId/message'
          ? 400
          : method === 'PUT' && path === '/v1/teams/registrations/:appId'
            ? 409
            : 404;
      if (path.includes(':') && response.status !== expected)
        failures.push(`${method} ${target}: ${response.status}`);
      if (leaked) failures.push(`${method} ${target}: shows ${leaked}`);
    }
    expect(failures).toEqual([]);
    expect(await snapshot(test.store, 'ws_b', seededB)).toBe(before);
  });

  it('answers 403 to a viewer for every route that writes, and changes nothing', async () => {
    const before = await snapshot(test.store, 'ws_a', seededA);
    const failures: string[] = [];
    for (const { method, path } of apiRoutes(test)) {
      if (method === 'GET') continue;
      // A saved filter is the member's own view of the tickets: whoever reads tickets keeps their own.
      if (path.startsWith('/v1/desk/saved-filters')) continue;
      const target = fillPath(path, seededA) ?? path;
      const response = await test.call(viewerA, method, target, BODY);
      if (response.status !== 403) failures.push(`${method} ${target}: ${response.status}`);
    }
    expect(failures).toEqual([]);
    expect(await snapshot(test.store, 'ws_a', seededA)).toBe(before);
  });
});
