// Item 1: the seed's functionUrl is an HTTP function the openai agent may call as a tool, with a
// JSON schema, a timeout and HMAC-signed requests.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../e2e/harness.js';
import { type HttpFake, sendJson, startHttpFake } from '../fakes/http-fake.js';
import { FAKE_OPENAI_KEY, type FakeOpenAi, startFakeOpenAi } from '../fakes/openai-server.js';
import { call, seedOpenAiBotBody } from './seed.js';

const SIGNING_SECRET = 'fn-signing-secret-0123456789';
let server: TestServer;
let openai: FakeOpenAi;
let fn: HttpFake;
let slowMs = 0;

beforeAll(async () => {
  fn = await startHttpFake(async (_request, response) => {
    if (slowMs) await new Promise((resolve) => setTimeout(resolve, slowMs));
    sendJson(response, 200, { available: true, price: 4.5 });
  });
  openai = await startFakeOpenAi((body) => {
    const messages = body.messages as { role: string; content: string }[];
    const last = messages.at(-1)!;
    if (last.role === 'tool') return { text: `Menu says: ${last.content}` };
    const tools = (body.tools as { function: { name: string } }[] | undefined) ?? [];
    if (tools.some((tool) => tool.function.name === 'check_menu')) {
      return { toolCalls: [{ name: 'check_menu', arguments: { dish: 'soup' } }] };
    }
    return { text: 'No function.' };
  });
  server = await startTestServer();
  const credential = await call(server, 'POST', '/v1/integrations', {
    kind: 'openai',
    environment: 'production',
    secret: FAKE_OPENAI_KEY,
    data: { baseUrl: `${openai.url}/v1` },
  });
  const signing = await call(server, 'POST', '/v1/integrations', {
    kind: 'webhook',
    secret: SIGNING_SECRET,
    data: { url: `${fn.url}/functions` },
  });
  await call(server, 'POST', '/v1/bots', { id: 'diner', name: 'Diner', agent: { kind: 'openai' } });
  const { botType: _b, assistantId: _a, ...seed } = seedOpenAiBotBody;
  const saved = await call(server, 'PUT', '/v1/bots/diner/rules', {
    ...seed,
    functionUrl: `${fn.url}/functions`,
    openaiCredsId: credential.body.data.id,
    triggerType: 'all',
    delayMessage: 0,
    debounceTime: 0,
  });
  expect(saved.status).toBe(200);
  const patched = await call(server, 'PATCH', '/v1/bots/diner/agent', {
    function: {
      name: 'check_menu',
      description: 'Whether a dish is on the menu today, and its price.',
      parameters: { type: 'object', properties: { dish: { type: 'string' } }, required: ['dish'] },
      timeoutMs: 1000,
      integrationId: signing.body.data.id,
    },
  });
  expect(patched.status).toBe(200);
  expect(patched.body.data.agent).toMatchObject({
    function: { url: `${fn.url}/functions`, name: 'check_menu' },
    systemPrompt: 'You are a helpful restaurant assistant',
  });
});
afterAll(async () => {
  await Promise.all([server?.close(), openai?.close(), fn?.close()]);
});

describe('functionUrl', () => {
  it('offers the function to the model with its schema, calls it signed, and answers with its result', async () => {
    const reply = await call(server, 'POST', '/v1/bots/diner/message', {
      message: { text: 'Is there soup?' },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.data.answers).toBe('Menu says: {"available":true,"price":4.5}');

    const offered = (
      openai.completions()[0]!.tools as { function: { name: string; parameters: unknown } }[]
    ).find((tool) => tool.function.name === 'check_menu');
    expect(offered?.function.parameters).toMatchObject({ required: ['dish'] });

    const request = fn.requests.at(-1)!;
    expect(request.body).toEqual({
      name: 'check_menu',
      arguments: { dish: 'soup' },
      conversationId: reply.body.data.conversationId,
    });
    const timestamp = String(request.headers['x-frontdesk-timestamp']);
    const expected = createHmac('sha256', SIGNING_SECRET)
      .update(`${timestamp}.${JSON.stringify(request.body)}`)
      .digest('hex');
    expect(request.headers['x-frontdesk-signature']).toBe(`sha256=${expected}`);
  });

  it('tells the model when the function does not answer in time, and still answers', async () => {
    slowMs = 1500;
    const reply = await call(server, 'POST', '/v1/bots/diner/message', {
      message: { text: 'Is there soup?' },
    });
    slowMs = 0;
    expect(reply.status).toBe(200);
    expect(reply.body.data.answers).toBe('Menu says: The function check_menu did not answer within 1000 ms.');
  });

  it('refuses a signing integration that is not a webhook of the workspace', async () => {
    const { status, body } = await call(server, 'PATCH', '/v1/bots/diner/agent', {
      function: { integrationId: 'int_nope' },
    });
    expect(status).toBe(400);
    expect(body.message).toMatch(/function\.integrationId/);
  });
});
