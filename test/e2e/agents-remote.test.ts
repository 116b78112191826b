// The remote agent through the server, against a fake Enjo endpoint: ids both ways, sources, tickets, errors.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ENJO_TOKEN, type FakeEnjo, startFakeEnjo } from '../fakes/enjo-server.js';
import { type Api, api, databaseBytes } from './agents-helpers.js';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
let enjo: FakeEnjo;
let client: Api;

const ask = (text: string, conversationId?: string) =>
  client.call('POST', '/v1/bots/demo/message', {
    message: { text, ...(conversationId ? { conversationId } : {}) },
  });
const sentMessage = () =>
  (enjo.requests.at(-1)!.body as { message: { text: string; conversationId?: string } }).message;

beforeAll(async () => {
  enjo = await startFakeEnjo();
  server = await startTestServer();
  client = api(server);
  const put = await client.call('PUT', '/v1/bots/demo/agent', {
    kind: 'remote',
    baseUrl: enjo.url,
    botId: 'support-bot',
    token: ENJO_TOKEN,
    busyBudgetMs: 1500,
  });
  expect(put.status).toBe(200);
  expect(JSON.stringify(put.json)).not.toContain(ENJO_TOKEN);
});

beforeEach(() => {
  enjo.plans = [];
});

afterAll(async () => {
  await server.close();
  await enjo.close();
});

describe('remote agent', () => {
  it('forwards the text with the token, and maps the conversation ids both ways', async () => {
    const first = await ask('My password does not work');
    expect(first.status).toBe(200);
    expect(first.json.data.answers).toBe('Remote answer to: My password does not work');
    expect(first.json.data.sources).toEqual([
      { type: 'jira', name: 'KB-12 Password resets', score: 0.95, url: 'https://jira.example.com/KB-12' },
    ]);
    expect(enjo.requests.at(-1)!.headers.authorization).toBe(`Bearer ${ENJO_TOKEN}`);
    expect(sentMessage().conversationId).toBeUndefined();
    const local = first.json.data.conversationId;
    expect(local).not.toBe('remote-conv-1');

    const second = await ask('Still broken', local);
    expect(second.json.data.conversationId).toBe(local);
    expect(sentMessage().conversationId).toBe('remote-conv-1');
  });

  it('starts a new remote conversation when the remote no longer knows the old one', async () => {
    const first = await ask('Hello');
    enjo.forget();
    const again = await ask('Hello again', first.json.data.conversationId);
    expect(again.status).toBe(200);
    expect(sentMessage().conversationId).toBeUndefined();
  });

  it('passes the remote ticket details through', async () => {
    enjo.plans = ['ticket'];
    const reply = await ask('My printer is on fire');
    expect(reply.json.data.ticketDetails).toMatchObject({ id: '123456', priority: 'high', status: 'open' });
  });

  it('waits and retries a 429, and says it is busy when the budget runs out', async () => {
    enjo.retryAfter = '0';
    enjo.plans = [429, 429];
    const retried = await ask('Busy?');
    expect(retried.json.data.answers).toBe('Remote answer to: Busy?');

    enjo.retryAfter = '1';
    enjo.plans = [429, 429, 429];
    const started = Date.now();
    const busy = await ask('Still busy?');
    expect(busy.status).toBe(200);
    expect(busy.json.data.answers).toMatch(/very busy/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it.each([400, 401, 500] as const)(
    'answers agent_error 502 when the remote answers %i, keeping the message',
    async (status) => {
      enjo.plans = [status];
      const reply = await ask(`fails with ${status}`);
      expect(reply.status).toBe(502);
      expect(reply.json.code).toBe('agent_error');
      expect(JSON.stringify(reply.json)).not.toContain(ENJO_TOKEN);
      expect(await databaseBytes(server.dataDir)).toContain(`fails with ${status}`);
    },
  );

  it('keeps the token encrypted at rest and out of every response', async () => {
    for (const body of client.bodies) expect(body).not.toContain(ENJO_TOKEN);
    expect(await databaseBytes(server.dataDir)).not.toContain(ENJO_TOKEN);
    const integrations = await client.call('GET', '/v1/integrations');
    expect(integrations.json.data[0]).toMatchObject({ kind: 'enjo', secret: `••••${ENJO_TOKEN.slice(-4)}` });
  });
});
