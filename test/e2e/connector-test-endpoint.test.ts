// `POST /v1/connectors/{id}/test`: a saved connector is queried now, and the answer says whether it works and why not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONNECTOR_TOKEN, type FakeConnectors, startFakeConnectors } from '../fakes/connector-server.js';
import { type Api, api } from './agents-helpers.js';
import { connectorRow } from './connector-fixtures.js';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
let connectors: FakeConnectors;
let client: Api;

beforeAll(async () => {
  connectors = await startFakeConnectors();
  server = await startTestServer();
  client = api(server);
});

afterAll(async () => {
  await server.close();
  await connectors.close();
});

describe('testing a saved connector', () => {
  it('answers ok with the time taken when the connector answers, sending its sealed token', async () => {
    const created = await client.call('POST', '/v1/connectors', {
      name: 'Wiki',
      url: `${connectors.url}/good`,
      service_auth: { token: CONNECTOR_TOKEN, type: 'bearer' },
    });
    expect(created.status).toBe(201);
    const before = connectors.requests.length;
    const tested = await client.call('POST', `/v1/connectors/${created.json.data.id}/test`);
    expect(tested.status).toBe(200);
    expect(tested.json.data).toMatchObject({ ok: true });
    expect(tested.json.data.elapsed_ms).toBeGreaterThanOrEqual(0);
    expect(tested.json.data.error).toBeUndefined();
    expect(connectors.requests.length).toBe(before + 1);
    expect(connectors.requests.at(-1)!.headers.authorization).toBe(`Bearer ${CONNECTOR_TOKEN}`);
  });

  it('answers not ok with the reason when the connector fails, and changes nothing', async () => {
    const broken = connectorRow({ id: 'con_broken', name: 'Broken', url: `${connectors.url}/failing` });
    await server.store.saveConnector(broken);
    const tested = await client.call('POST', '/v1/connectors/con_broken/test');
    expect(tested.status).toBe(200);
    expect(tested.json.data.ok).toBe(false);
    expect(tested.json.data.error).toMatch(/HTTP 500/);
    expect((await client.call('GET', '/v1/connectors/con_broken')).json.data.active).toBe(true);
  });

  it('is a 404 for a connector the workspace does not have', async () => {
    const tested = await client.call('POST', '/v1/connectors/con_nope/test');
    expect(tested.status).toBe(404);
    expect(tested.json.code).toBe('not_found');
  });
});
