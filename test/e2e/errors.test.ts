// Every row of the error table, over HTTP, with the one envelope.
import type { AgentClient, ReplyData } from '@frontdesk/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWNER_TOKEN, startTestServer, type TestServer } from './harness.js';

const envelope = (code: string, status: number) => ({
  success: false,
  code,
  error: expect.any(String),
  message: expect.any(String),
  status,
});

let failing: 'throw' | 'hang' | 'none' = 'none';
const brokenAgent: AgentClient = {
  async *send(_request, { signal }) {
    if (failing === 'none') {
      yield { type: 'text-delta', text: 'Fine.' };
      yield { type: 'finish', noAnswer: false };
      return;
    }
    if (failing === 'throw') throw new Error('upstream said no');
    await new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    yield { type: 'finish', noAnswer: false };
  },
};

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    agentFor: (bot) => (bot.id === 'broken' ? brokenAgent : undefined) as never,
  });
});
afterAll(async () => {
  await server?.close();
});

async function expectError(response: Response, code: string, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  const body = await response.json();
  expect(body).toEqual(envelope(code, status));
  expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/);
  return body as { message: string };
}

describe('400 invalid_request_error', () => {
  it.each([
    ['malformed JSON', '{"message": {"text": '],
    ['a body that is not an object', '"hello"'],
    ['missing text', { message: {} }],
    ['missing message', { text: 'hi' }],
    ['empty text', { message: { text: '   ' } }],
    ['text that is not a string', { message: { text: 42 } }],
    ['text over 4,000 characters', { message: { text: 'a'.repeat(4001) } }],
  ])('for %s', async (_name, body) => {
    await expectError(await server.post('/v1/bots/demo/message', body), 'invalid_request_error', 400);
  });

  it('accepts exactly 4,000 characters', async () => {
    const response = await server.post('/v1/bots/demo/message', { message: { text: 'a'.repeat(4000) } });
    expect(response.status).toBe(200);
  });

  it('says "botId not found" for an unknown bot', async () => {
    const body = await expectError(
      await server.post('/v1/bots/nope/message', { message: { text: 'hi' } }),
      'invalid_request_error',
      400,
    );
    expect(body.message).toBe('botId not found');
  });
});

describe('401 authentication_error', () => {
  it.each([
    ['no header', undefined],
    ['another scheme', `Basic ${OWNER_TOKEN}`],
    ['an empty bearer', 'Bearer '],
    ['an unknown token', 'Bearer fd_not_a_real_token_at_all_000000000'],
  ])('for %s', async (_name, authorization) => {
    const response = await fetch(`${server.url}/v1/bots/demo/message`, {
      method: 'POST',
      headers: authorization ? { Authorization: authorization } : {},
      body: JSON.stringify({ message: { text: 'hi' } }),
    });
    await expectError(response, 'authentication_error', 401);
  });

  it('for a revoked token, at once', async () => {
    const token = await server.token({});
    const headers = { Authorization: `Bearer ${token}` };
    expect((await server.post('/v1/bots/demo/message', { message: { text: 'hi' } }, headers)).status).toBe(
      200,
    );
    const record = (await server.store.listTokens()).find((candidate) => token.startsWith(candidate.prefix));
    await server.store.revokeToken(record?.id ?? '', Date.now());
    await expectError(
      await server.post('/v1/bots/demo/message', { message: { text: 'hi' } }, headers),
      'authentication_error',
      401,
    );
  });
});

it('403 permission_error for a token whose role may not send messages', async () => {
  const token = await server.token({ role: 'viewer' });
  await expectError(
    await server.post(
      '/v1/bots/demo/message',
      { message: { text: 'hi' } },
      { Authorization: `Bearer ${token}` },
    ),
    'permission_error',
    403,
  );
});

describe('404 not_found', () => {
  it('for an unknown route', async () => {
    await expectError(await server.post('/v1/nothing-here', {}), 'not_found', 404);
    await expectError(await fetch(`${server.url}/no/such/page`), 'not_found', 404);
  });

  it('for a conversation id in a channel that cannot start one by id (widget)', async () => {
    const session = await fetch(`${server.url}/widget/v1/sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: server.url },
      body: JSON.stringify({ botId: 'demo' }),
    });
    const { visitorToken } = ((await session.json()) as { data: { visitorToken: string } }).data;
    const guessed = await fetch(`${server.url}/widget/v1/messages`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Origin: server.url,
        Authorization: `Bearer ${visitorToken}`,
      },
      body: JSON.stringify({ text: 'hi', conversationId: 'conv_x' }),
    });
    await expectError(guessed, 'not_found', 404);
  });

  it("never for another workspace's conversation: the id there starts that workspace's own", async () => {
    const mine = await server.post('/v1/bots/demo/message', { message: { text: 'refunds?' } });
    const { conversationId } = ((await mine.json()) as { data: ReplyData }).data;
    const other = await server.token({ workspaceId: 'ws_other' });
    await server.store.saveBot({
      ...(await server.store.getBot('ws_default', 'demo'))!,
      workspaceId: 'ws_other',
    });
    const stolen = await server.post(
      '/v1/bots/demo/message',
      { message: { text: 'show me', conversationId } },
      { Authorization: `Bearer ${other}` },
    );
    expect(stolen.status).toBe(200);
    const theirs = ((await stolen.json()) as { data: ReplyData }).data.conversationId;
    expect(theirs).not.toBe(conversationId);
    expect((await server.store.listMessages(theirs)).map((message) => message.text)).not.toContain(
      'refunds?',
    );
  });
});

it('413 invalid_request_error for a body over 64 KB', async () => {
  const big = JSON.stringify({ message: { text: 'hi' }, padding: 'x'.repeat(70 * 1024) });
  await expectError(await server.post('/v1/bots/demo/message', big), 'invalid_request_error', 413);
});

describe('agent_error', () => {
  it('502 when the agent fails, keeping the message that was sent', async () => {
    failing = 'none';
    await server.saveBot({ id: 'broken' });
    const ok = await server.post('/v1/bots/broken/message', { message: { text: 'hello' } });
    const { conversationId } = ((await ok.json()) as { data: ReplyData }).data;
    failing = 'throw';
    const response = await server.post('/v1/bots/broken/message', {
      message: { text: 'will this be kept?', conversationId },
    });
    await expectError(response, 'agent_error', 502);
    const messages = await server.store.listMessages(conversationId);
    expect(messages.at(-1)).toMatchObject({ role: 'user', text: 'will this be kept?' });
  });

  it('504 when the agent takes longer than the bot allows', async () => {
    failing = 'hang';
    await server.saveBot({ id: 'broken', settings: { agentTimeoutMs: 1000 } as never });
    const response = await server.post('/v1/bots/broken/message', { message: { text: 'anyone there?' } });
    await expectError(response, 'agent_error', 504);
  });

  it('as an error event when streaming has begun', async () => {
    failing = 'throw';
    const response = await server.post(
      '/v1/bots/broken/message',
      { message: { text: 'stream please' } },
      { Accept: 'text/event-stream' },
    );
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('event: message-start');
    expect(text).toMatch(/event: error\ndata: .*"code":"agent_error"/);
  });
});

describe('429 rate_limit_error', () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startTestServer({ env: { FRONTDESK_RATE_LIMITS: '20/60s,10/5s' } });
  });
  afterAll(async () => {
    await limited?.close();
  });

  it('allows 10 requests in 5 seconds from one client, then answers 429 with Retry-After', async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 11; i++) {
      last = await limited.post('/v1/bots/demo/message', { message: { text: 'hi' } });
      statuses.push(last.status);
      if (i < 10) await last.text();
    }
    expect(statuses.slice(0, 10).every((status) => status === 200)).toBe(true);
    const refused = last as Response;
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(5);
    expect(refused.headers.get('ratelimit-limit')).toBe('10');
    expect(refused.headers.get('ratelimit-remaining')).toBe('0');
    await expectError(refused, 'rate_limit_error', 429);
  });
});
