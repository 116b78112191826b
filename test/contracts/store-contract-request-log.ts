/** Store contract: the request log's filters the console uses (status class, method, part of a route, request id, bot) and paging. */
import type { RequestLogEntry, Store } from '@frontdesk/core';
import { describe, expect, it } from 'vitest';
import { makeWorkspace, T0 } from './store-fixtures.js';

const entry = (id: string, at: number, method: string, route: string, status: number): RequestLogEntry => ({
  id,
  workspaceId: 'ws_a',
  method,
  route,
  status,
  durationMs: 2,
  tokenId: 'tok_1',
  ip: null,
  requestId: `req_${id}`,
  createdAt: at,
});

export function describeRequestLogContract(getStore: () => Store): void {
  describe('request log filters', () => {
    it('filters by status class, method, part of the route in any case and request id, and pages', async () => {
      const store = getStore();
      await store.createWorkspace(makeWorkspace({ id: 'ws_a' }));
      await store.appendRequestLogs([
        { ...entry('l1', T0, 'GET', '/v1/bots/:botId', 200), botId: 'demo' },
        { ...entry('l2', T0 + 1, 'POST', '/v1/bots/:botId/message', 201), botId: 'sales' },
        entry('l3', T0 + 2, 'GET', '/v1/tickets', 404),
        entry('l4', T0 + 3, 'PATCH', '/v1/bots/:botId', 500),
        entry('l5', T0 + 4, 'GET', '/v1/logs_100%', 200),
        { ...entry('l6', T0 + 5, 'GET', '/v1/bots/:botId', 200), workspaceId: null },
      ]);
      const ids = async (filter: Parameters<Store['listRequestLogs']>[1]) =>
        (await store.listRequestLogs('ws_a', filter)).map((item) => item.id);
      expect(await ids({ statusClass: 2 })).toEqual(['l5', 'l2', 'l1']);
      expect(await ids({ statusClass: 5 })).toEqual(['l4']);
      expect(await ids({ method: 'GET' })).toEqual(['l5', 'l3', 'l1']);
      expect(await ids({ routeContains: 'BOTS' })).toEqual(['l4', 'l2', 'l1']);
      expect(await ids({ routeContains: 'bots', method: 'GET', statusClass: 2 })).toEqual(['l1']);
      // `%` and `_` are letters here, not wildcards.
      expect(await ids({ routeContains: '_100%' })).toEqual(['l5']);
      expect(await ids({ routeContains: 's_1' })).toEqual(['l5']);
      expect(await ids({ routeContains: '%' })).toEqual(['l5']);
      expect(await ids({ requestId: 'req_l3' })).toEqual(['l3']);
      expect(await ids({ botId: 'sales' })).toEqual(['l2']);
      const [read] = await store.listRequestLogs('ws_a', { botId: 'demo' });
      expect(read).toEqual({ ...entry('l1', T0, 'GET', '/v1/bots/:botId', 200), botId: 'demo' });
      // An entry without a bot reads back without one.
      expect((await store.listRequestLogs('ws_a', { requestId: 'req_l3' }))[0]).not.toHaveProperty('botId');
      expect(await ids({ limit: 2 })).toEqual(['l5', 'l4']);
      expect(await ids({ limit: 2, offset: 2 })).toEqual(['l3', 'l2']);
      expect(await ids({ limit: 2, offset: 4 })).toEqual(['l1']);
      expect(await store.countRequestLogs('ws_a')).toBe(5);
      expect(await store.countRequestLogs('ws_a', { routeContains: 'bots', limit: 1, offset: 1 })).toBe(3);
      expect(await store.countRequestLogs('ws_a', { statusClass: 3 })).toBe(0);
    });
  });
}
