// Item 1 (and issue 11 item 21): bot write routes honour the seed's field names or refuse what they do not know.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../e2e/harness.js';
import { call, seedOpenAiBotBody } from './seed.js';

let server: TestServer;
let credsId: string;

beforeAll(async () => {
  server = await startTestServer();
  const created = await call(server, 'POST', '/v1/integrations', {
    kind: 'openai',
    environment: 'production',
    secret: 'sk-conformance-0123456789',
  });
  credsId = created.body.data.id;
  await call(server, 'POST', '/v1/bots', {
    id: 'diner',
    name: 'Diner',
    agent: { kind: 'openai', systemPrompt: 'Keep this prompt.' },
  });
});
afterAll(async () => {
  await server?.close();
});

/** The seed body as a Frontdesk bot can honour it: a chat-completion bot with a real credential. */
function honourable(extra: Record<string, unknown> = {}) {
  const {
    botType: _botType,
    assistantId: _assistantId,
    functionUrl: _functionUrl,
    ...rest
  } = seedOpenAiBotBody;
  return { ...rest, openaiCredsId: credsId, ...extra };
}

describe('the seed "Create OpenAI bot" body', () => {
  it('is refused as sent, with a 400 that explains botType "assistant" and assistantId', async () => {
    const { status, body } = await call(server, 'PUT', '/v1/bots/diner/rules', seedOpenAiBotBody);
    expect(status).toBe(400);
    expect(body.code).toBe('invalid_request_error');
    expect(body.message).toMatch(/botType|assistantId/);
    expect(body.message).toMatch(/assistant/i);
  });

  it('names an openaiCredsId that is not an integration of the workspace', async () => {
    const { status, body } = await call(server, 'PUT', '/v1/bots/diner/rules', {
      ...honourable(),
      openaiCredsId: 'creds_123',
    });
    expect(status).toBe(400);
    expect(body.message).toMatch(/openaiCredsId/);
  });

  it('maps every other field onto the bot: rules, enabled, credential, model, tokens, prompt and examples', async () => {
    const { status, body } = await call(server, 'PUT', '/v1/bots/diner/rules', honourable());
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ expire: 3600, debounceTime: 500, keywordFinish: 'stop' });
    const bot = (await call(server, 'GET', '/v1/bots/diner')).body.data;
    expect(bot.enabled).toBe(true);
    expect(bot.settings.rules).toMatchObject({
      triggerType: 'keyword',
      triggerOperator: 'equals',
      triggerValue: 'start',
      expire: 3600,
      delayMessage: 1000,
      unknownMessage: 'I dont understand. Please try again.',
      listeningFromMe: false,
      stopBotFromMe: true,
      keepOpen: true,
      debounceTime: 500,
      ignore: { users: [] },
    });
    expect(bot.agent).toMatchObject({
      kind: 'openai',
      integrationId: credsId,
      model: 'gpt-4o',
      maxTokens: 1000,
      systemPrompt: 'You are a helpful restaurant assistant',
      userMessages: ['Hi', 'Hello'],
      assistantMessages: ['Hello! How can I help you today?'],
    });
  });

  it('turns ignoreJids into ignored requesters', async () => {
    const put = await call(
      server,
      'PUT',
      '/v1/bots/diner/rules',
      honourable({ ignoreJids: ['U_SPAM', 'U_BOT'] }),
    );
    expect(put.body).toMatchObject({ success: true });
    const rules = (await call(server, 'GET', '/v1/bots/diner/rules')).body.data;
    expect(rules.ignore.users).toEqual(['U_SPAM', 'U_BOT']);
  });
});

describe('unknown fields', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    ['PUT', '/v1/bots/diner/rules', { triggerType: 'all', colour: 'red' }],
    ['PATCH', '/v1/bots/diner/rules', { colour: 'red' }],
    ['POST', '/v1/bots', { id: 'x1', name: 'X', agent: { kind: 'openai' }, colour: 'red' }],
    ['POST', '/v1/bots', { id: 'x2', name: 'X', agent: { kind: 'openai', colour: 'red' } }],
    ['PATCH', '/v1/bots/diner', { colour: 'red' }],
    ['PATCH', '/v1/bots/diner', { settings: { rules: { colour: 'red' } } }],
    ['PATCH', '/v1/bots/diner', { settings: { colour: 'red' } }],
    ['PUT', '/v1/bots/diner/agent', { kind: 'openai', colour: 'red' }],
    ['POST', '/v1/integrations', { kind: 'openai', secret: 'sk-0123456789abcdef', colour: 'red' }],
    ['POST', '/v1/bots/diner/message', { message: { text: 'hi', colour: 'red' } }],
    ['POST', '/v1/bots/diner/message', { message: { text: 'hi' }, colour: 'red' }],
  ];
  for (const [method, path, body] of cases) {
    it(`${method} ${path} ${JSON.stringify(body)} is a 400 naming "colour"`, async () => {
      const response = await call(server, method, path, body);
      expect(response.status).toBe(400);
      expect(response.body.message).toMatch(/colour/);
    });
  }
});

describe('changes name only what they change', () => {
  it('PATCH rules changes the named rule and keeps the others', async () => {
    await call(server, 'PUT', '/v1/bots/diner/rules', honourable());
    const { status, body } = await call(server, 'PATCH', '/v1/bots/diner/rules', { expire: 60 });
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ expire: 60, triggerValue: 'start', debounceTime: 500 });
  });

  it('seed fields sent to the agent route keep the existing systemPrompt', async () => {
    await call(server, 'PUT', '/v1/bots/diner/agent', { kind: 'openai', systemPrompt: 'Keep this prompt.' });
    const { status } = await call(server, 'PUT', '/v1/bots/diner/agent', {
      model: 'gpt-4o',
      maxTokens: 1000,
      openaiCredsId: credsId,
    });
    expect(status).toBe(200);
    const bot = (await call(server, 'GET', '/v1/bots/diner')).body.data;
    expect(bot.agent).toMatchObject({
      kind: 'openai',
      systemPrompt: 'Keep this prompt.',
      model: 'gpt-4o',
      maxTokens: 1000,
      integrationId: credsId,
    });
  });
});

describe('bot settings are checked when saved (issue 11 item 21)', () => {
  it('refuses a ticket integration of another workspace, naming the field', async () => {
    const other = await server.token({ workspaceId: 'ws_other' });
    const foreign = await call(
      server,
      'POST',
      '/v1/integrations',
      { kind: 'webhook', secret: 'whsec-0123456789', data: { url: 'http://127.0.0.1:9/hook' } },
      other,
    );
    expect(foreign.status).toBe(201);
    const { status, body } = await call(server, 'PATCH', '/v1/bots/diner', {
      settings: { ticketPolicy: { integrationId: foreign.body.data.id } },
    });
    expect(status).toBe(400);
    expect(body.message).toMatch(/ticketPolicy\.integrationId/);
  });

  it('refuses rate limits that are not a policy, naming the field', async () => {
    const { status, body } = await call(server, 'PATCH', '/v1/bots/diner', {
      settings: { rateLimits: 'garbage' },
    });
    expect(status).toBe(400);
    expect(body.message).toMatch(/rateLimits/);
  });

  it('refuses an identity secret in the sealed format, naming the field', async () => {
    const { status, body } = await call(server, 'PATCH', '/v1/bots/diner', {
      settings: { widget: { identity: { secret: 'sealed:abcd:not-a-box-the-server-sealed' } } },
    });
    expect(status).toBe(400);
    expect(body.message).toMatch(/identity\.secret/);
  });
});
