// Item 6: integrations honour `integration`/`kind` and `environment` as the seed's body does; a bot
// whose credential is inactive or missing answers agent_error and never falls back to OPENAI_API_KEY.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../e2e/harness.js';
import { FAKE_OPENAI_KEY, type FakeOpenAi, startFakeOpenAi } from '../fakes/openai-server.js';
import { call, seedIntegrationBody, seedOpenAiBotBody } from './seed.js';

let server: TestServer;
let fake: FakeOpenAi;

beforeAll(async () => {
  fake = await startFakeOpenAi((body) => {
    const messages = body.messages as { role: string; content: string }[];
    return { text: `You said: ${messages.at(-1)?.content}` };
  });
  // The server-wide key works: a bot that fell back to it would answer.
  server = await startTestServer({
    env: { OPENAI_API_KEY: FAKE_OPENAI_KEY, OPENAI_BASE_URL: `${fake.url}/v1` },
  });
});
afterAll(async () => {
  await server?.close();
  await fake?.close();
});

describe('POST /v1/integrations with the seed body', () => {
  it('creates a stage OpenAI integration from "integration": 7 and data.environment', async () => {
    const { status, body } = await call(server, 'POST', '/v1/integrations', seedIntegrationBody);
    expect(status).toBe(201);
    expect(body.data).toMatchObject({
      kind: 'openai',
      integration: { slug: 'openai', name: 'OpenAI' },
      environment: 'stage',
      data: { changeKeys: false, environment: 'stage' },
      // No key was given: it cannot answer until one is.
      status: 'inactive',
    });
  });

  it('creates the kind named by "integration", not an OpenAI one', async () => {
    const { status, body } = await call(server, 'POST', '/v1/integrations', {
      integration: 'jira',
      data: { environment: 'production', email: 'ops@example.com', projectKey: 'SUP' },
      secret: 'jira-token-0123456789',
    });
    expect(status).toBe(201);
    expect(body.data).toMatchObject({ kind: 'jira', environment: 'production', status: 'active' });
  });

  it('refuses an integration number it does not know, and contradictions, naming the field', async () => {
    const unknown = await call(server, 'POST', '/v1/integrations', {
      ...seedIntegrationBody,
      integration: 99,
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toMatch(/^integration:/);
    const contradiction = await call(server, 'POST', '/v1/integrations', {
      ...seedIntegrationBody,
      environment: 'production',
    });
    expect(contradiction.status).toBe(400);
    expect(contradiction.body.message).toMatch(/data\.environment/);
  });
});

describe('a bot whose credential cannot be used', () => {
  async function openAiBot(id: string, integrationId?: string) {
    const created = await call(server, 'POST', '/v1/bots', {
      id,
      name: id,
      agent: { kind: 'openai', environment: 'stage', ...(integrationId ? { integrationId } : {}) },
    });
    expect(created.status).toBe(201);
  }

  it('answers agent_error when its named integration is inactive, and asks no model', async () => {
    const integration = await call(server, 'POST', '/v1/integrations', {
      ...seedIntegrationBody,
      secret: FAKE_OPENAI_KEY,
      data: { ...seedIntegrationBody.data, baseUrl: `${fake.url}/v1` },
      status: 'inactive',
    });
    await openAiBot('named', integration.body.data.id);
    const before = fake.completions().length;
    const reply = await call(server, 'POST', '/v1/bots/named/message', { message: { text: 'hello' } });
    expect(reply.status).toBe(502);
    expect(reply.body.code).toBe('agent_error');
    expect(reply.body.message).toMatch(/inactive/);
    expect(fake.completions().length).toBe(before);
  });

  it('answers agent_error when the workspace has only inactive integrations, never the server key', async () => {
    await openAiBot('unnamed');
    const before = fake.completions().length;
    const reply = await call(server, 'POST', '/v1/bots/unnamed/message', { message: { text: 'hello' } });
    expect(reply.status).toBe(502);
    expect(reply.body.code).toBe('agent_error');
    expect(fake.completions().length).toBe(before);
  });

  it('answers with the seed bot body once its integration is active', async () => {
    const integration = await call(server, 'POST', '/v1/integrations', {
      ...seedIntegrationBody,
      secret: FAKE_OPENAI_KEY,
      data: { ...seedIntegrationBody.data, baseUrl: `${fake.url}/v1` },
    });
    await openAiBot('diner');
    const { botType: _b, assistantId: _a, functionUrl: _f, ...seed } = seedOpenAiBotBody;
    const saved = await call(server, 'PUT', '/v1/bots/diner/rules', {
      ...seed,
      openaiCredsId: integration.body.data.id,
      triggerType: 'all',
      delayMessage: 0,
      debounceTime: 0,
    });
    expect(saved.status).toBe(200);
    const reply = await call(server, 'POST', '/v1/bots/diner/message', {
      message: { text: 'Is there soup?' },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.data.answers).toBe('You said: Is there soup?');
    const sent = fake.completions().at(-1) as {
      messages: { role: string; content: string }[];
      model: string;
    };
    expect(sent.model).toBe('gpt-4o');
    expect(sent.messages[0]?.content).toMatch(/restaurant assistant/);
    // The seed's few-shot turns come before the question: user, assistant, user.
    expect(sent.messages.slice(1, 4)).toEqual([
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: 'Hello! How can I help you today?' },
      { role: 'user', content: 'Hello' },
    ]);
  });
});
