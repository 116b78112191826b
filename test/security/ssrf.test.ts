// Every outbound feature against the address policy: with no private targets allowed, a canary on
// 127.0.0.1 (standing in for an internal service) receives nothing, and nobody gets a port-scanner answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../e2e/desk-helpers.js';
import { OWNER_TOKEN, startTestServer, type TestServer } from '../e2e/harness.js';
import { sendDemoTicketsTo } from '../e2e/ticket-integration.js';
import { type HttpFake, sendJson, startHttpFake } from '../fakes/http-fake.js';

let server: TestServer;
let canary: HttpFake;
const allowedBefore = process.env.FRONTDESK_ALLOW_PRIVATE_TARGETS;

beforeAll(async () => {
  // This file's process only: the outbound policy reads the variable per call.
  process.env.FRONTDESK_ALLOW_PRIVATE_TARGETS = '';
  canary = await startHttpFake((_request, response) =>
    sendJson(response, 200, { results: [], access_token: 'x' }),
  );
  server = await startTestServer();
});
afterAll(async () => {
  process.env.FRONTDESK_ALLOW_PRIVATE_TARGETS = allowedBefore;
  await Promise.all([server?.close(), canary?.close()]);
});

const internalUrls = () => [
  canary.url,
  canary.url.replace('127.0.0.1', 'localhost'),
  canary.url.replace('127.0.0.1', '2130706433'),
  canary.url.replace('127.0.0.1', '0x7f.0.0.1'),
  'http://169.254.169.254/latest/meta-data/',
  'http://[::ffff:127.0.0.1]:9/',
  'http://0.0.0.0:9/',
];

async function ask(text: string) {
  return api(server, OWNER_TOKEN, 'POST', '/v1/bots/demo/message', { message: { text } });
}

/** The agent could not be reached: 502 `agent_error` in the envelope, with no network detail. */
function expectGatewayError(reply: { status: number; json: Record<string, unknown> }, what: string) {
  expect(reply.status, what).toBe(502);
  expect(reply.json, what).toMatchObject({ success: false, code: 'agent_error' });
  expect(JSON.stringify(reply.json), what).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|169\.254|localhost/);
}

describe('outbound features under the address policy', () => {
  it('connector registration: refused with one generic message for every internal target', async () => {
    const messages = new Set<string>();
    for (const url of [...internalUrls(), 'http://127.0.0.1:1/']) {
      const response = await api(server, OWNER_TOKEN, 'POST', '/v1/connectors', { name: 'probe', url });
      expect(response.status, url).toBe(400);
      messages.add(response.json.message);
    }
    expect(messages.size).toBe(1);
    expect([...messages][0]).not.toMatch(/ECONNREFUSED|ETIMEDOUT|ENOTFOUND|port/i);
  });

  it('webhook ticket sink: the ticket stays in Frontdesk, nothing is posted', async () => {
    const demo = await server.store.getBot('ws_default', 'demo');
    await sendDemoTicketsTo(server, {
      kind: 'webhook',
      data: { url: `${canary.url}/tickets` },
      secret: 'whsec-probe-0123456789',
    });
    const reply = await ask('Please let me talk to a human');
    expect(reply.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await server.saveBot({ id: 'demo', settings: demo!.settings });
  });

  it('remote (Enjo) agent: the token is never sent to an internal address', async () => {
    for (const baseUrl of internalUrls()) {
      const put = await api(server, OWNER_TOKEN, 'PUT', '/v1/bots/demo/agent', {
        kind: 'remote',
        baseUrl,
        botId: 'x',
        token: 'enjo-probe-token',
      });
      expect(put.status, baseUrl).toBe(200);
      const reply = await ask('hello');
      expectGatewayError(reply, baseUrl);
    }
  });

  it('OpenAI base URL: the key is never sent to an internal address', async () => {
    const created = await api(server, OWNER_TOKEN, 'POST', '/v1/integrations', {
      kind: 'openai',
      environment: 'stage',
      data: { baseUrl: `${canary.url}/v1` },
      secret: 'sk-probe',
    });
    expect(created.status).toBe(201);
    const put = await api(server, OWNER_TOKEN, 'PUT', '/v1/bots/demo/agent', {
      kind: 'openai',
      environment: 'stage',
      model: 'gpt-test',
    });
    expect(put.status).toBe(200);
    const reply = await ask('hello');
    expectGatewayError(reply, 'openai');
  });

  it('connector OAuth token URL: an error page, not a 500, and no call', async () => {
    const created = await api(server, OWNER_TOKEN, 'POST', '/v1/connectors', {
      name: 'oauth-probe',
      url: 'https://connector.example/search',
      oauth: {
        client_id: 'id',
        client_secret: 'secret',
        authorize_url: 'https://auth.example/authorize',
        token_url: `${canary.url}/token`,
      },
    });
    expect(created.status).toBe(201);
    const authorize = await api(
      server,
      OWNER_TOKEN,
      'POST',
      `/v1/connectors/${created.json.data.id}/oauth/authorize`,
    );
    const state = new URL(authorize.json.data.redirect_url).searchParams.get('state');
    const callback = await fetch(`${server.url}/oauth/connectors/callback?code=abc&state=${state}`);
    expect(callback.status).toBe(502);
    expect(await callback.text()).toMatch(/not allowed/);
  });

  it('the canary received nothing at all', () => {
    expect(canary.requests).toEqual([]);
  });
});
