/** Store contract, part five: integrations and knowledge connectors. */
import type { Connector, Integration, Store } from '@frontdesk/core';
import { describe, expect, it } from 'vitest';
import { makeWorkspace, T0 } from './store-fixtures.js';

function makeIntegration(overrides: Partial<Integration> = {}): Integration {
  return {
    id: 'int_1',
    workspaceId: 'ws_a',
    kind: 'openai',
    name: 'OpenAI',
    environment: 'stage',
    status: 'active',
    data: { baseUrl: 'http://127.0.0.1:9/v1' },
    secret: 'v1.sealed',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

function makeConnector(overrides: Partial<Connector> = {}): Connector {
  return {
    id: 'con_1',
    workspaceId: 'ws_a',
    name: 'Wiki',
    description: 'Internal wiki',
    url: 'http://127.0.0.1:9/search',
    excludes: ['internal_notes'],
    timeoutMs: 5000,
    active: true,
    continueOnFailure: false,
    authKind: 'service',
    auth: { type: 'bearer' },
    secret: 'v1.sealed',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

export function describeCredentialContract(getStore: () => Store): void {
  describe('integrations', () => {
    it('reads back, replaces, lists per workspace and deletes integrations', async () => {
      const store = getStore();
      await store.createWorkspace(makeWorkspace());
      await store.createWorkspace(makeWorkspace({ id: 'ws_b' }));
      await store.saveIntegration(makeIntegration({ id: 'int_2', createdAt: T0 + 1 }));
      await store.saveIntegration(makeIntegration());
      await store.saveIntegration(makeIntegration({ id: 'int_b', workspaceId: 'ws_b' }));
      expect(await store.getIntegration('ws_a', 'int_1')).toEqual(makeIntegration());
      expect(await store.getIntegration('ws_b', 'int_1')).toBeUndefined();

      await store.saveIntegration(
        makeIntegration({ environment: 'production', secret: null, updatedAt: T0 + 5 }),
      );
      expect(await store.getIntegration('ws_a', 'int_1')).toMatchObject({
        environment: 'production',
        secret: null,
      });
      expect((await store.listIntegrations('ws_a')).map((row) => row.id)).toEqual(['int_1', 'int_2']);

      expect(await store.deleteIntegration('ws_b', 'int_1')).toBe(false);
      expect(await store.deleteIntegration('ws_a', 'int_1')).toBe(true);
      expect(await store.getIntegration('ws_a', 'int_1')).toBeUndefined();
    });

    it('records the last delivery and the last error, which a later save keeps', async () => {
      const store = getStore();
      await store.createWorkspace(makeWorkspace());
      await store.createWorkspace(makeWorkspace({ id: 'ws_b' }));
      await store.saveIntegration(makeIntegration());
      expect((await store.getIntegration('ws_a', 'int_1'))?.delivery).toBeUndefined();
      await store.recordIntegrationDelivery('ws_a', 'int_1', { at: T0 + 10, error: null });
      await store.recordIntegrationDelivery('ws_a', 'int_1', { at: T0 + 20, error: 'Jira answered 401' });
      // Another workspace's call changes nothing.
      await store.recordIntegrationDelivery('ws_b', 'int_1', { at: T0 + 30, error: null });
      const expected = { lastDeliveredAt: T0 + 10, lastError: 'Jira answered 401', lastErrorAt: T0 + 20 };
      expect((await store.getIntegration('ws_a', 'int_1'))?.delivery).toEqual(expected);
      // An edit (which reads nothing of delivery) does not erase it.
      await store.saveIntegration(makeIntegration({ name: 'Renamed', updatedAt: T0 + 40 }));
      expect((await store.listIntegrations('ws_a'))[0]).toMatchObject({
        name: 'Renamed',
        delivery: expected,
      });
      await store.recordIntegrationDelivery('ws_a', 'int_1', { at: T0 + 50, error: null });
      expect((await store.getIntegration('ws_a', 'int_1'))?.delivery?.lastDeliveredAt).toBe(T0 + 50);
    });

    it('refuses an integration for a workspace that does not exist', async () => {
      await expect(
        getStore().saveIntegration(makeIntegration({ workspaceId: 'ws_missing' })),
      ).rejects.toThrow();
    });
  });

  describe('connectors', () => {
    it('reads back, replaces, lists per workspace and deletes connectors', async () => {
      const store = getStore();
      await store.createWorkspace(makeWorkspace());
      await store.createWorkspace(makeWorkspace({ id: 'ws_b' }));
      await store.saveConnector(makeConnector());
      await store.saveConnector(makeConnector({ id: 'con_b', workspaceId: 'ws_b' }));
      expect(await store.getConnector('ws_a', 'con_1')).toEqual(makeConnector());
      expect(await store.getConnector('ws_a', 'con_b')).toBeUndefined();

      const changed = makeConnector({
        active: false,
        continueOnFailure: true,
        excludes: [],
        updatedAt: T0 + 1,
      });
      await store.saveConnector(changed);
      expect(await store.getConnector('ws_a', 'con_1')).toEqual(changed);
      expect((await store.listConnectors('ws_a')).map((row) => row.id)).toEqual(['con_1']);

      expect(await store.deleteConnector('ws_a', 'con_b')).toBe(false);
      expect(await store.deleteConnector('ws_a', 'con_1')).toBe(true);
      expect(await store.listConnectors('ws_a')).toEqual([]);
    });
  });
}
