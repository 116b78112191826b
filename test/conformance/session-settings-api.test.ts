// Item 2 over the web API and the console: staff replies follow stopBotFromMe; unknownMessage for an
// empty agent answer whatever the ticket policy; expire counts seconds from the exact last activity.
import type { AgentClient, IncomingMessage } from '@frontdesk/core';
import {
  botSettingsSchema,
  createCore,
  createIdSource,
  parseRateLimitPolicy,
  type Store,
} from '@frontdesk/core';
import { createMemoryStore } from '@frontdesk/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBot, manualClock, windowLimiter } from '../../packages/core/src/testing/fixtures.js';
import { startTestServer, type TestServer } from '../e2e/harness.js';
import { call } from './seed.js';

/** Answers "An answer.", or nothing at all for a question containing "empty". */
const agent: AgentClient = {
  async *send(request) {
    if (!request.text.includes('empty')) yield { type: 'text-delta', text: 'An answer.' };
    yield { type: 'finish', noAnswer: request.text.includes('empty') };
  },
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ agentFor: () => agent });
});
afterAll(async () => {
  await server?.close();
});

async function conversationWithAnswer(): Promise<string> {
  const first = await call(server, 'POST', '/v1/bots/demo/message', { message: { text: 'hello' } });
  expect(first.body.data.answers).toBe('An answer.');
  return first.body.data.conversationId;
}

describe('a staff reply from the console (POST /v1/conversations/{id}/replies)', () => {
  it('pauses the bot when stopBotFromMe is true', async () => {
    await call(server, 'PATCH', '/v1/bots/demo/rules', { stopBotFromMe: true });
    const conversationId = await conversationWithAnswer();
    const reply = await call(server, 'POST', `/v1/conversations/${conversationId}/replies`, {
      text: 'On it.',
    });
    expect(reply.status).toBe(201);
    expect((await call(server, 'GET', `/v1/conversations/${conversationId}`)).body.data.paused).toBe(true);
    const next = await call(server, 'POST', '/v1/bots/demo/message', {
      message: { text: 'thanks', conversationId },
    });
    expect(next.response.headers.get('frontdesk-skipped')).toBe('paused');
    expect(next.body.data.answers).toBe('');
  });

  it('leaves the bot answering when stopBotFromMe is false', async () => {
    await call(server, 'PATCH', '/v1/bots/demo/rules', { stopBotFromMe: false });
    const conversationId = await conversationWithAnswer();
    await call(server, 'POST', `/v1/conversations/${conversationId}/replies`, { text: 'On it.' });
    expect((await call(server, 'GET', `/v1/conversations/${conversationId}`)).body.data.paused).toBe(false);
    const next = await call(server, 'POST', '/v1/bots/demo/message', {
      message: { text: 'more', conversationId },
    });
    expect(next.body.data.answers).toBe('An answer.');
  });
});

describe('unknownMessage', () => {
  it('answers an empty agent answer with the unknownMessage and offers a person by default', async () => {
    await call(server, 'PATCH', '/v1/bots/demo/rules', {
      unknownMessage: 'I dont understand. Please try again.',
    });
    const { body } = await call(server, 'POST', '/v1/bots/demo/message', {
      message: { text: 'empty please' },
    });
    expect(body.data.answers.startsWith('I dont understand. Please try again.')).toBe(true);
    expect(body.data.ticketDetails).toBeUndefined();
    expect(body.data.actions?.map((action: { kind: string }) => action.kind)).toContain('escalate');
  });

  it('answers an empty agent answer even when the ticket policy opens a ticket at once', async () => {
    await call(server, 'PATCH', '/v1/bots/demo/rules', {
      unknownMessage: 'I dont understand. Please try again.',
    });
    await call(server, 'PATCH', '/v1/bots/demo', {
      settings: { ticketPolicy: { noAnswerHandover: 'ticket' } },
    });
    const { body } = await call(server, 'POST', '/v1/bots/demo/message', {
      message: { text: 'empty please' },
    });
    expect(body.data.answers.startsWith('I dont understand. Please try again.')).toBe(true);
    expect(body.data.ticketDetails?.status).toBe('open');
  });
});

describe('expire (seconds, from the exact last activity)', () => {
  const clock = manualClock(1_700_000_000_000);
  let store: Store;
  const core = () =>
    createCore({
      store,
      agentFor: () => agent,
      ticketSinkFor: () => ({
        name: 'none',
        create: () => Promise.reject(new Error('no tickets here')),
        status: (ticket) => Promise.resolve(ticket),
      }),
      rateLimiter: windowLimiter(clock),
      defaultRateLimits: parseRateLimitPolicy('off'),
      clock,
      ids: createIdSource(clock),
    });
  const message = (text: string): IncomingMessage => ({
    workspaceId: 'ws_a',
    botId: 'demo',
    channel: 'slack',
    text,
    clientKey: 'U1',
    channelKey: 'slack:T1:C1:1.0',
    requester: { id: 'U1' },
  });

  it('with expire 60, a session active at +28 s is still open at +70 s, and ends after 61 s of silence', async () => {
    store = createMemoryStore();
    await store.createWorkspace({ id: 'ws_a', name: 'A', createdAt: clock.now() });
    await store.saveBot(
      makeBot({
        workspaceId: 'ws_a',
        id: 'demo',
        settings: botSettingsSchema.parse({
          rules: { triggerType: 'keyword', triggerOperator: 'equals', triggerValue: 'start', expire: 60 },
        }),
      }),
    );
    expect((await core().handleIncoming(message('start'))).skipped).toBeUndefined();
    clock.advance(28_000);
    expect((await core().handleIncoming(message('more'))).skipped).toBeUndefined();
    clock.advance(42_000); // +70 s: 42 s since the last message
    expect((await core().handleIncoming(message('still here'))).skipped).toBeUndefined();
    clock.advance(61_000); // 61 s of silence
    expect((await core().handleIncoming(message('hello?'))).skipped).toBe('no-trigger');
  });
});
