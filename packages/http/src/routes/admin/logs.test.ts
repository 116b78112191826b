import { createIdSource } from '@frontdesk/core';
import { createMemoryStore } from '@frontdesk/core/testing';
import { adminTestApp } from '@frontdesk/server/testing/admin-test-app';
import { createLogger } from '@frontdesk/services/logger';
import { createRequestLogWriter } from '@frontdesk/services/request-log';
import { describe, expect, it } from 'vitest';

// biome-ignore lint/suspicious/noExplicitAny: the tests read loose JSON bodies
const json = async (response: Response) => (await response.json()) as { data: any; code?: string };

describe('/v1/logs', () => {
  it('records every API request with its route pattern, status, token and request id, and filters them', async () => {
    const test = await adminTestApp();
    const owner = await test.token('ws_a', 'owner');
    const me = (await json(await test.call(owner, 'GET', '/v1/me'))).data;
    await test.call(owner, 'GET', '/v1/sessions/ses_missing');
    const refused = await test.app.request('/v1/logs', { headers: { 'X-Request-Id': 'req-trace-1' } });
    expect(refused.status).toBe(401);

    const logs = (await json(await test.call(owner, 'GET', '/v1/logs'))).data;
    expect(logs.map((entry: { route: string }) => entry.route)).toEqual(['/v1/sessions/:id', '/v1/me']);
    expect(logs[0]).toMatchObject({ method: 'GET', status: 404, tokenId: me.token.id });
    expect(logs[0].requestId).toMatch(/^req_/);
    expect(logs[0].durationMs).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(logs)).not.toContain('ses_missing');

    const notFound = (await json(await test.call(owner, 'GET', '/v1/logs?status=404'))).data;
    expect(notFound).toHaveLength(1);
    const byRoute = (await json(await test.call(owner, 'GET', '/v1/logs?route=/v1/me'))).data;
    expect(byRoute).toHaveLength(1);
    const future = new Date(Date.now() + 60_000).toISOString();
    expect((await json(await test.call(owner, 'GET', `/v1/logs?from=${future}`))).data).toEqual([]);
    expect((await test.call(owner, 'GET', '/v1/logs?status=abc')).status).toBe(400);

    const other = await test.token('ws_b', 'owner');
    const ofB = (await json(await test.call(other, 'GET', '/v1/logs'))).data;
    expect(ofB.some((entry: { tokenId: string }) => entry.tokenId === me.token.id)).toBe(false);
    const staff = await test.token('ws_a', 'staff');
    expect((await test.call(staff, 'GET', '/v1/logs')).status).toBe(403);
  });
});

describe('/v1/logs filters and pages', () => {
  it('filters by status class, method, part of the route and request id, and pages with a total', async () => {
    const test = await adminTestApp();
    const owner = await test.token('ws_a', 'owner');
    await test.call(owner, 'GET', '/v1/me');
    await test.call(owner, 'GET', '/v1/sessions/ses_missing');
    const created = await test.call(owner, 'POST', '/v1/groups', { name: 'Billing' });
    expect(created.status).toBe(201);
    const requestId = created.headers.get('X-Request-Id');

    const page = await json(await test.call(owner, 'GET', '/v1/logs?limit=2'));
    expect(page.data).toHaveLength(2);
    // biome-ignore lint/suspicious/noExplicitAny: loose JSON
    expect((page as any).paging).toEqual({ total: 3, limit: 2, offset: 0 });
    // The page read above is logged too, so the second page starts one entry later.
    const rest = await json(await test.call(owner, 'GET', '/v1/logs?limit=2&offset=2'));
    expect(rest.data.map((entry: { route: string }) => entry.route)).toEqual(['/v1/sessions/:id', '/v1/me']);

    const routes = async (query: string) =>
      (await json(await test.call(owner, 'GET', `/v1/logs?${query}`))).data.map(
        (entry: { method: string; route: string }) => `${entry.method} ${entry.route}`,
      );
    expect(await routes('statusClass=4xx')).toEqual(['GET /v1/sessions/:id']);
    expect(await routes('method=POST')).toEqual(['POST /v1/groups']);
    expect(await routes('path=SESSIONS')).toEqual(['GET /v1/sessions/:id']);
    expect(await routes(`requestId=${requestId}`)).toEqual(['POST /v1/groups']);
    const bot = await test.call(owner, 'POST', '/v1/bots', {
      id: 'sales-desk',
      name: 'Sales',
      agent: { kind: 'embedded', knowledgeDir: 'help' },
    });
    expect(bot.status).toBe(201);
    await test.call(owner, 'GET', '/v1/bots/sales-desk');
    // A refused request does not name the bot it asked for (it may be another workspace's).
    await test.call(owner, 'GET', '/v1/bots/not-mine');
    const aboutBot = (await json(await test.call(owner, 'GET', '/v1/logs?botId=sales-desk'))).data;
    expect(aboutBot).toMatchObject([{ route: '/v1/bots/:botId', status: 200, botId: 'sales-desk' }]);
    expect((await json(await test.call(owner, 'GET', '/v1/logs?botId=not-mine'))).data).toEqual([]);
    expect(await routes('path=groups&botId=sales-desk')).toEqual([]);
    const bad = await json(await test.call(owner, 'GET', '/v1/logs?statusClass=4'));
    expect(bad.code).toBe('invalid_request_error');
    expect((await test.call(owner, 'GET', '/v1/logs?bot=demo')).status).toBe(400);
  });
});

describe('request log writer', () => {
  it('writes in batches and purges entries older than each workspace keeps them', async () => {
    const store = createMemoryStore();
    let now = Date.UTC(2026, 0, 1);
    const clock = { now: () => now };
    await store.createWorkspace({ id: 'ws_a', name: 'A', createdAt: now, logRetentionDays: 1 });
    await store.createWorkspace({ id: 'ws_b', name: 'B', createdAt: now });
    const writer = createRequestLogWriter({
      store,
      clock,
      ids: createIdSource(),
      logger: createLogger({ level: 'silent' }),
      maxBatch: 2,
    });
    const entry = {
      method: 'GET',
      route: '/v1/me',
      status: 200,
      durationMs: 1,
      tokenId: null,
      ip: null,
      requestId: 'r',
    };
    writer.record({ ...entry, workspaceId: 'ws_a' });
    expect(await store.listRequestLogs('ws_a')).toEqual([]);
    writer.record({ ...entry, workspaceId: 'ws_b' });
    await writer.flush();
    expect(await store.listRequestLogs('ws_a')).toHaveLength(1);

    now += 2 * 86_400_000;
    expect(await writer.purge()).toBe(1);
    expect(await store.listRequestLogs('ws_a')).toEqual([]);
    expect(await store.listRequestLogs('ws_b')).toHaveLength(1);
    await writer.close();
  });
});
