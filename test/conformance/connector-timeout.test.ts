// Item 7: a connector's timeout is its own setting; registration measures the connector and refuses one slower than it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../e2e/harness.js';
import { type FakeConnectors, startFakeConnectors } from '../fakes/connector-server.js';
import { call } from './seed.js';

let server: TestServer;
let connectors: FakeConnectors;

beforeAll(async () => {
  [server, connectors] = await Promise.all([startTestServer(), startFakeConnectors()]);
  connectors.slowMs = 1200;
});
afterAll(async () => {
  await Promise.all([server?.close(), connectors?.close()]);
});

describe('POST /v1/connectors', () => {
  it('refuses a connector that answers slower than its timeout_ms, saying how slow it was', async () => {
    const { status, body } = await call(server, 'POST', '/v1/connectors', {
      name: 'Slow wiki',
      url: `${connectors.url}/slow`,
      timeout_ms: 600,
    });
    expect(status).toBe(400);
    expect(body.message).toMatch(/^timeout_ms: the connector answered the test in \d+ ms/);
    expect((await call(server, 'GET', '/v1/connectors')).body.data).toEqual([]);
  });

  it('stores a slow connector whose timeout_ms covers it, and shows the setting', async () => {
    const { status, body } = await call(server, 'POST', '/v1/connectors', {
      name: 'Slow wiki',
      url: `${connectors.url}/slow`,
      timeout_ms: 3000,
    });
    expect(status).toBe(201);
    expect(body.data.timeout_ms).toBe(3000);
    const stored = await server.store.getConnector('ws_default', body.data.id);
    expect(stored?.timeoutMs).toBe(3000);
  });

  it('re-measures when timeout_ms is lowered, and keeps the old setting when refused', async () => {
    const created = await call(server, 'POST', '/v1/connectors', {
      name: 'Slow wiki 2',
      url: `${connectors.url}/slow`,
      timeout_ms: 3000,
    });
    const id = created.body.data.id;
    const lowered = await call(server, 'PATCH', `/v1/connectors/${id}`, { timeout_ms: 500 });
    expect(lowered.status).toBe(400);
    expect((await call(server, 'GET', `/v1/connectors/${id}`)).body.data.timeout_ms).toBe(3000);
  });

  it('refuses a timeout_ms beyond the chat budget', async () => {
    const { status, body } = await call(server, 'POST', '/v1/connectors', {
      name: 'Slow wiki',
      url: `${connectors.url}/slow`,
      timeout_ms: 60_000,
    });
    expect(status).toBe(400);
    expect(body.message).toMatch(/^timeout_ms/);
  });
});
