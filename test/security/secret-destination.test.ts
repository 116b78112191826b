// A write-only secret cannot be redirected: changing where it is sent needs the secret again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../e2e/desk-helpers.js';
import { OWNER_TOKEN, startTestServer, type TestServer } from '../e2e/harness.js';
import { CONNECTOR_TOKEN, type FakeConnectors, startFakeConnectors } from '../fakes/connector-server.js';

let server: TestServer;
let connectors: FakeConnectors;

beforeAll(async () => {
  [server, connectors] = await Promise.all([startTestServer(), startFakeConnectors()]);
});
afterAll(async () => {
  await Promise.all([server?.close(), connectors?.close()]);
});

describe('secret destinations', () => {
  it('connector: a new url without the credentials is a 400, with them it is tested and saved', async () => {
    const created = await api(server, OWNER_TOKEN, 'POST', '/v1/connectors', {
      name: 'Docs',
      url: `${connectors.url}/good`,
      service_auth: { token: CONNECTOR_TOKEN, type: 'bearer' },
    });
    expect(created.status).toBe(201);
    const id = created.json.data.id;
    const before = connectors.requests.length;
    const moved = await api(server, OWNER_TOKEN, 'PATCH', `/v1/connectors/${id}`, {
      url: `${connectors.url}/elsewhere`,
    });
    expect(moved.status).toBe(400);
    expect(moved.json.message).toMatch(/credentials again/);
    expect(connectors.requests.length).toBe(before);
  });

  it('remote agent: pointing a stored token at another baseUrl needs the token again', async () => {
    const first = await api(server, OWNER_TOKEN, 'PUT', '/v1/bots/demo/agent', {
      kind: 'remote',
      baseUrl: 'https://agents.example.com',
      botId: 'support-bot',
      token: 'remote-token-1',
    });
    expect(first.status).toBe(200);
    const integrationId = first.json.data.agent.integrationId;
    const moved = await api(server, OWNER_TOKEN, 'PUT', '/v1/bots/demo/agent', {
      kind: 'remote',
      baseUrl: 'https://attacker.example',
      botId: 'support-bot',
      integrationId,
    });
    expect(moved.status).toBe(400);
    expect(moved.json.message).toMatch(/token again/);
  });

  it('OpenAI integration: a new data.baseUrl without the key is a 400', async () => {
    const created = await api(server, OWNER_TOKEN, 'POST', '/v1/integrations', {
      kind: 'openai',
      data: { baseUrl: 'https://api.openai.com/v1' },
      secret: 'sk-live-secret',
    });
    const moved = await api(server, OWNER_TOKEN, 'PATCH', `/v1/integrations/${created.json.data.id}`, {
      data: { baseUrl: 'https://attacker.example/v1' },
    });
    expect(moved.status).toBe(400);
    const renamed = await api(server, OWNER_TOKEN, 'PATCH', `/v1/integrations/${created.json.data.id}`, {
      data: { baseUrl: 'https://attacker.example/v1' },
      secret: 'sk-live-secret',
    });
    expect(renamed.status).toBe(200);
  });
});
