// Knowledge connectors through the server: registration tested, secrets masked, excludes, continue_on_failure, OAuth.
import type { Connector } from '@frontdesk/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONNECTOR_TOKEN,
  type FakeConnectors,
  OAUTH_CLIENT_SECRET,
  OAUTH_CODE,
  startFakeConnectors,
} from '../fakes/connector-server.js';
import { FAKE_OPENAI_KEY, type FakeOpenAi, startFakeOpenAi } from '../fakes/openai-server.js';
import { type Api, api, databaseBytes } from './agents-helpers.js';
import { connectorRow } from './connector-fixtures.js';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
let connectors: FakeConnectors;
let llm: FakeOpenAi;
let client: Api;

beforeAll(async () => {
  connectors = await startFakeConnectors();
  llm = await startFakeOpenAi((body) => {
    const system = (body.messages as { content: string }[])[0]!.content;
    const number = /\[(\d+)\] Refund policy/.exec(system)?.[1];
    return { text: number ? `Refunds take 14 days [${number}].` : 'I do not know.' };
  });
  server = await startTestServer({
    env: { OPENAI_API_KEY: FAKE_OPENAI_KEY, OPENAI_BASE_URL: `${llm.url}/v1` },
  });
  client = api(server);
});

afterAll(async () => {
  await server.close();
  await connectors.close();
  await llm.close();
});

async function useConnectors(connectorIds: string[]) {
  const put = await client.call('PUT', '/v1/bots/demo/agent', {
    kind: 'openai',
    model: 'gpt-test',
    connectorIds,
  });
  expect(put.status).toBe(200);
}

async function storeConnector(overrides: Partial<Connector>): Promise<string> {
  const id = `con_${Math.random().toString(36).slice(2)}`;
  const url = `${connectors.url}/failing`;
  await server.store.saveConnector(connectorRow({ id, name: 'Arranged', url, ...overrides }));
  return id;
}

describe('knowledge connectors', () => {
  it('refuses to register a connector whose test query fails, and stores nothing', async () => {
    const response = await client.call('POST', '/v1/connectors', {
      name: 'Broken',
      url: `${connectors.url}/failing`,
    });
    expect(response.status).toBe(400);
    expect(response.json.code).toBe('invalid_request_error');
    expect(response.json.message).toMatch(/HTTP 500/);
    const wrongToken = await client.call('POST', '/v1/connectors', {
      name: 'Wiki',
      url: `${connectors.url}/good`,
      service_auth: { token: 'not-the-token', type: 'bearer' },
    });
    expect(wrongToken.status).toBe(400);
    expect((await client.call('GET', '/v1/connectors')).json.data).toEqual([]);
  });

  it('refuses oauth and service_auth together', async () => {
    const response = await client.call('POST', '/v1/connectors', {
      name: 'Both',
      url: `${connectors.url}/good`,
      service_auth: { token: 'x', type: 'bearer' },
      oauth: {
        client_id: 'a',
        client_secret: 'b',
        authorize_url: 'http://a.test/a',
        token_url: 'http://a.test/t',
      },
    });
    expect(response.status).toBe(400);
  });

  it('registers a tested connector, cites its results as connector sources, and keeps excluded fields out of the prompt', async () => {
    const created = await client.call('POST', '/v1/connectors', {
      name: 'Wiki',
      url: `${connectors.url}/good`,
      excludes: ['internal_notes'],
      service_auth: { token: CONNECTOR_TOKEN, type: 'bearer' },
    });
    expect(created.status).toBe(201);
    expect(created.json.data.service_auth).toEqual({
      type: 'bearer',
      token: `••••${CONNECTOR_TOKEN.slice(-4)}`,
    });
    const id = created.json.data.id;
    expect((await client.call('GET', `/v1/connectors/${id}`)).json.data.name).toBe('Wiki');

    await useConnectors([id]);
    const reply = await client.call('POST', '/v1/bots/demo/message', {
      message: { text: 'How long do refunds take?' },
    });
    expect(reply.status).toBe(200);
    expect(reply.json.data.sources).toEqual([
      { type: 'connector', name: 'Refund policy', score: 0.9, url: 'https://wiki.example.com/refunds' },
    ]);
    const prompt = (llm.completions().at(-1)!.messages as { content: string }[])[0]!.content;
    expect(prompt).toContain('Refunds are paid within 14 days');
    expect(prompt).not.toContain('TOP-SECRET-MARGIN-NOTE');
    const query = connectors.requests.at(-1)!;
    expect(query.body).toEqual({ query: 'How long do refunds take?' });
    expect(query.headers.authorization).toBe(`Bearer ${CONNECTOR_TOKEN}`);
  });

  it('fails the answer when a connector fails, unless it may continue on failure', async () => {
    const strict = await storeConnector({ continueOnFailure: false });
    await useConnectors([strict]);
    const failed = await client.call('POST', '/v1/bots/demo/message', { message: { text: 'Refunds?' } });
    expect(failed.status).toBe(502);
    expect(failed.json.code).toBe('agent_error');

    const lenient = await storeConnector({ continueOnFailure: true });
    const open = await storeConnector({ url: `${connectors.url}/open`, name: 'Open' });
    await useConnectors([lenient, open]);
    const answered = await client.call('POST', '/v1/bots/demo/message', { message: { text: 'Refunds?' } });
    expect(answered.status).toBe(200);
  });

  it('times out a slow connector', async () => {
    connectors.slowMs = 8000;
    const slow = await storeConnector({ url: `${connectors.url}/slow`, continueOnFailure: false });
    await useConnectors([slow]);
    const started = Date.now();
    const reply = await client.call('POST', '/v1/bots/demo/message', { message: { text: 'Refunds?' } });
    expect(reply.json.code).toBe('agent_error');
    expect(Date.now() - started).toBeLessThan(7000);
  });

  it('authorizes an OAuth connector, stores its tokens sealed, and queries with the access token', async () => {
    const created = await client.call('POST', '/v1/connectors', {
      name: 'Private',
      url: `${connectors.url}/oauth`,
      oauth: {
        client_id: 'client-abc-123456789',
        client_secret: OAUTH_CLIENT_SECRET,
        authorize_url: `${connectors.url}/oauth/authorize`,
        token_url: `${connectors.url}/oauth/token`,
        scope: 'read',
      },
    });
    expect(created.status).toBe(201);
    expect(created.json.data.oauth).toMatchObject({
      authorized: false,
      client_secret: `••••${OAUTH_CLIENT_SECRET.slice(-4)}`,
    });
    const id = created.json.data.id;
    const authorize = await client.call('POST', `/v1/connectors/${id}/oauth/authorize`);
    const redirect = new URL(authorize.json.data.redirect_url);
    expect(redirect.searchParams.get('client_id')).toBe('client-abc-123456789');
    const state = redirect.searchParams.get('state');

    const callback = await fetch(`${server.url}/oauth/connectors/callback?code=${OAUTH_CODE}&state=${state}`);
    expect(callback.status).toBe(200);
    expect((await client.call('GET', `/v1/connectors/${id}`)).json.data.oauth.authorized).toBe(true);
    const replay = await fetch(`${server.url}/oauth/connectors/callback?code=${OAUTH_CODE}&state=${state}`);
    expect(replay.status).toBe(400);

    await useConnectors([id]);
    const reply = await client.call('POST', '/v1/bots/demo/message', { message: { text: 'private?' } });
    expect(reply.status).toBe(200);
    expect(connectors.requests.at(-1)!.headers.authorization).toBe('Bearer access-1');
  });

  it('refreshes an OAuth token that is about to expire', async () => {
    const [oauth] = (await server.store.listConnectors('ws_default')).filter(
      (row) => row.authKind === 'oauth',
    );
    await server.store.saveConnector({ ...oauth!, auth: { ...oauth!.auth, expiresAt: Date.now() + 1000 } });
    const reply = await client.call('POST', '/v1/bots/demo/message', { message: { text: 'private again?' } });
    expect(reply.status).toBe(200);
    expect(connectors.requests.at(-1)!.headers.authorization).toBe('Bearer access-2');
  });

  it('never returns connector secrets and keeps them encrypted in the database', async () => {
    for (const body of client.bodies) {
      expect(body).not.toContain(CONNECTOR_TOKEN);
      expect(body).not.toContain(OAUTH_CLIENT_SECRET);
      expect(body).not.toContain('access-1');
    }
    const bytes = await databaseBytes(server.dataDir);
    expect(bytes).toContain('Refund');
    for (const secret of [CONNECTOR_TOKEN, OAUTH_CLIENT_SECRET, 'access-1', 'refresh-1']) {
      expect(bytes).not.toContain(secret);
    }
  });

  it('deletes a connector', async () => {
    const [first] = (await client.call('GET', '/v1/connectors')).json.data;
    expect((await client.call('DELETE', `/v1/connectors/${first.id}`)).status).toBe(200);
    expect((await client.call('GET', `/v1/connectors/${first.id}`)).status).toBe(404);
  });
});
