// The openai agent through the whole server: integrations, bot agent settings, sources, tickets, secrets at rest.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_OPENAI_KEY, type FakeOpenAi, startFakeOpenAi } from '../fakes/openai-server.js';
import { type Api, api, databaseBytes } from './agents-helpers.js';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
let fake: FakeOpenAi;
let client: Api;
let integrationId: string;

beforeAll(async () => {
  fake = await startFakeOpenAi((body) => {
    const messages = body.messages as { role: string; content: string }[];
    const last = messages.at(-1)!;
    if (last.role === 'user' && /charged twice/i.test(last.content)) {
      return {
        toolCalls: [
          {
            name: 'create_ticket',
            arguments: { summary: 'Double charge', type: 'billing', priority: 'high' },
          },
        ],
      };
    }
    if (last.role === 'tool') return { text: 'A colleague from billing will reply here.' };
    const number = /\[(\d+)\] [^\n]*[Pp]assword/.exec(messages[0]!.content)?.[1] ?? '1';
    return { text: `Open Settings and choose Reset password [${number}].` };
  });
  server = await startTestServer();
  client = api(server);
});

afterAll(async () => {
  await server.close();
  await fake.close();
});

describe('openai agent through the server', () => {
  it('creates a stage integration whose key is shown masked, never in full', async () => {
    const created = await client.call('POST', '/v1/integrations', {
      kind: 'openai',
      environment: 'stage',
      data: { baseUrl: `${fake.url}/v1` },
      secret: FAKE_OPENAI_KEY,
    });
    expect(created.status).toBe(201);
    expect(created.json.data).toMatchObject({ kind: 'openai', environment: 'stage', status: 'active' });
    expect(created.json.data.secret).toBe(`••••${FAKE_OPENAI_KEY.slice(-4)}`);
    integrationId = created.json.data.id;
    expect((await client.call('GET', `/v1/integrations/${integrationId}`)).json.data.secret).toMatch(/^••••/);
    expect((await client.call('GET', '/v1/integrations')).json.data).toHaveLength(1);
  });

  it('refuses agent settings that name a missing integration', async () => {
    const response = await client.call('PUT', '/v1/bots/demo/agent', {
      kind: 'openai',
      integrationId: 'int_missing',
      model: 'gpt-test',
    });
    expect(response.status).toBe(400);
    expect(response.json.code).toBe('invalid_request_error');
  });

  it('answers with the model text and the cited help-centre article as source', async () => {
    const put = await client.call('PUT', '/v1/bots/demo/agent', {
      kind: 'openai',
      environment: 'stage',
      model: 'gpt-test',
      temperature: 0,
      maxTokens: 200,
      knowledgeDir: join(import.meta.dirname, '../../examples/knowledge'),
    });
    expect(put.status).toBe(200);
    const reply = await client.call('POST', '/v1/bots/demo/message', {
      message: { text: 'How do I reset my password?' },
    });
    expect(reply.status).toBe(200);
    expect(reply.json.data.answers).toMatch(/^Open Settings and choose Reset password \[\d+\]\.$/);
    expect(reply.json.data.sources).toHaveLength(1);
    expect(reply.json.data.sources[0]).toMatchObject({ type: 'knowledge_base' });
    expect(fake.completions().at(-1)).toMatchObject({ model: 'gpt-test', temperature: 0, max_tokens: 200 });
  });

  it('opens a ticket with the type and priority the model chose', async () => {
    const reply = await client.call('POST', '/v1/bots/demo/message', {
      message: { text: 'You charged twice!' },
    });
    expect(reply.status).toBe(200);
    expect(reply.json.data.ticketDetails).toMatchObject({
      type: 'billing',
      priority: 'high',
      description: 'Double charge',
    });
    expect(reply.json.data.answers).toBe('A colleague from billing will reply here.');
  });

  it('answers agent_error when the key is rejected', async () => {
    await client.call('PATCH', `/v1/integrations/${integrationId}`, { secret: 'sk-wrong-key-000000000' });
    const reply = await client.call('POST', '/v1/bots/demo/message', { message: { text: 'Hello?' } });
    expect(reply.status).toBe(502);
    expect(reply.json.code).toBe('agent_error');
    await client.call('PATCH', `/v1/integrations/${integrationId}`, { secret: FAKE_OPENAI_KEY });
  });

  it('never returns a key in any response and keeps it encrypted in the database', async () => {
    for (const body of client.bodies) {
      expect(body).not.toContain(FAKE_OPENAI_KEY);
      expect(body).not.toContain('sk-wrong-key-000000000');
    }
    const bytes = await databaseBytes(server.dataDir);
    expect(bytes).toContain(integrationId);
    expect(bytes).not.toContain(FAKE_OPENAI_KEY);
    expect(bytes).not.toContain('sk-wrong-key');
    expect(statSync(join(server.dataDir, 'secret.key')).mode & 0o777).toBe(0o600);
  });
});
