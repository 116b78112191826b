import { beforeEach, describe, expect, it } from 'vitest';
import type { AgentClient, AgentEvent } from './agent-client.js';
import { ConflictError, RateLimitError } from './errors.js';
import { createCore } from './handle-incoming.js';
import { createIdSource } from './id-source.js';
import type { IncomingMessage } from './incoming-message.js';
import { createMemoryStore } from './memory-store.js';
import { parseRateLimitPolicy } from './rate-limiter.js';
import type { Bot } from './records.js';
import { collectReply } from './reply-stream.js';
import type { Store } from './store.js';
import { type ManualClock, makeBot, manualClock, scriptedAgent, windowLimiter } from './testing/fixtures.js';
import type { TicketSink } from './ticket-sink.js';
import type { ReplyEvent } from './wire.js';

const answerWithSources = (text: string): AgentEvent[] => [
  { type: 'text-delta', text: `${text.slice(0, 5)}` },
  { type: 'text-delta', text: text.slice(5) },
  {
    type: 'sources',
    sources: [{ type: 'knowledge_base', name: 'Reset your password', score: 0.9, url: 'http://kb/reset' }],
  },
  { type: 'finish', noAnswer: false },
];

function builtinSink(store: Store, clock: ManualClock): TicketSink & { created: number } {
  const sink = {
    name: 'builtin',
    created: 0,
    async create(
      request: Parameters<TicketSink['create']>[0],
      { idempotencyKey }: { idempotencyKey: string },
    ) {
      sink.created++;
      const now = clock.now();
      return store.insertTicket({
        ...request,
        id: `tkt_${sink.created}`,
        sink: 'builtin',
        externalId: `tkt_${sink.created}`,
        url: `http://tickets/${sink.created}`,
        status: 'open',
        idempotencyKey,
        createdAt: now,
        updatedAt: now,
      });
    },
    async status(ticket: Parameters<TicketSink['status']>[0]) {
      return ticket;
    },
  };
  return sink;
}

async function events(reply: { events: AsyncIterable<ReplyEvent> }): Promise<ReplyEvent[]> {
  const all: ReplyEvent[] = [];
  for await (const event of reply.events) all.push(event);
  return all;
}

describe('handleIncoming', () => {
  let clock: ManualClock;
  let store: Store;
  let agent: ReturnType<typeof scriptedAgent>;
  let sink: ReturnType<typeof builtinSink>;
  let core: ReturnType<typeof createCore>;
  let currentAgent: AgentClient;

  const message = (overrides: Partial<IncomingMessage> = {}): IncomingMessage => ({
    workspaceId: 'ws_a',
    botId: 'demo',
    channel: 'api',
    text: 'How do I reset my password?',
    clientKey: '127.0.0.1',
    channelScope: 'api:tok_1',
    ...overrides,
  });

  async function saveBot(bot: Bot) {
    await store.saveBot(bot);
  }

  beforeEach(async () => {
    clock = manualClock();
    store = createMemoryStore();
    agent = scriptedAgent(() => answerWithSources('Open Settings, then Security.'));
    currentAgent = agent;
    sink = builtinSink(store, clock);
    core = createCore({
      store,
      agentFor: () => currentAgent,
      ticketSinkFor: () => sink,
      rateLimiter: windowLimiter(clock),
      defaultRateLimits: parseRateLimitPolicy('20/60s,10/5s'),
      clock,
      ids: createIdSource(clock),
    });
    await store.createWorkspace({ id: 'ws_a', name: 'A', createdAt: 0 });
    await store.createWorkspace({ id: 'ws_b', name: 'B', createdAt: 0 });
    await saveBot(makeBot());
    await saveBot(makeBot({ id: 'other' }));
    await saveBot(makeBot({ workspaceId: 'ws_b' }));
  });

  it('answers with the agent text, its sources and a new conversation id, streaming deltas', async () => {
    const reply = await core.handleIncoming(message());
    const all = await events(reply);
    expect(all.map((event) => event.type)).toEqual([
      'message-start',
      'message-delta',
      'message-delta',
      'sources',
      'message-end',
    ]);
    const end = all.at(-1);
    expect(end?.type === 'message-end' && end.data).toMatchObject({
      answers: 'Open Settings, then Security.',
      sources: [{ name: 'Reset your password', score: 0.9 }],
      conversationId: reply.conversationId,
    });
    expect(reply.conversationId).toMatch(/^conv_[0-9a-z]{40}$/);
  });

  it('continues a conversation by id and gives the agent the earlier turns', async () => {
    const first = await collectReply((await core.handleIncoming(message())).events);
    clock.advance(1000);
    const second = await collectReply(
      (await core.handleIncoming(message({ text: 'and on mobile?', conversationId: first.conversationId })))
        .events,
    );
    expect(second.conversationId).toBe(first.conversationId);
    expect(agent.requests[1]?.history).toEqual([
      { role: 'user', text: 'How do I reset my password?' },
      { role: 'assistant', text: 'Open Settings, then Security.' },
    ]);
    expect(await store.listMessages(first.conversationId)).toHaveLength(4);
  });

  it('finds the same conversation again by channel key', async () => {
    const first = await core.handleIncoming(message({ channel: 'slack', channelKey: 'slack:T1:C1:1.0' }));
    await collectReply(first.events);
    const second = await core.handleIncoming(message({ channel: 'slack', channelKey: 'slack:T1:C1:1.0' }));
    expect(second.conversationId).toBe(first.conversationId);
  });

  it("answers 404 for another workspace's or another bot's conversation id", async () => {
    const { conversationId } = await collectReply((await core.handleIncoming(message())).events);
    const fromOtherWorkspace = core.handleIncoming(message({ workspaceId: 'ws_b', conversationId }));
    await expect(fromOtherWorkspace).rejects.toMatchObject({ code: 'not_found', status: 404 });
    const fromOtherBot = core.handleIncoming(message({ botId: 'other', conversationId }));
    await expect(fromOtherBot).rejects.toMatchObject({ code: 'not_found' });
    await expect(core.handleIncoming(message({ conversationId: 'conv_guess' }))).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('refuses an unknown bot with invalid_request_error and a disabled one with permission_error', async () => {
    await expect(core.handleIncoming(message({ botId: 'nope' }))).rejects.toMatchObject({
      code: 'invalid_request_error',
      message: 'botId not found',
    });
    await saveBot(makeBot({ id: 'off', enabled: false }));
    await expect(core.handleIncoming(message({ botId: 'off' }))).rejects.toMatchObject({
      code: 'permission_error',
    });
  });

  describe('rate limits', () => {
    it('allows 10 requests in 5 seconds, refuses the 11th with a retry-after, then allows again', async () => {
      for (let i = 0; i < 10; i++) await core.handleIncoming(message());
      const refused = await core.handleIncoming(message()).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(RateLimitError);
      expect((refused as RateLimitError).retryAfterMs).toBeLessThanOrEqual(5000);
      expect((refused as RateLimitError).retryAfterMs).toBeGreaterThan(0);
      clock.advance(5001);
      await expect(core.handleIncoming(message())).resolves.toBeDefined();
    });

    it('allows 20 requests a minute even when spread out, refusing the 21st', async () => {
      for (let i = 0; i < 20; i++) {
        await core.handleIncoming(message());
        clock.advance(2000);
      }
      await expect(core.handleIncoming(message())).rejects.toMatchObject({
        code: 'rate_limit_error',
        status: 429,
      });
      clock.advance(60_000);
      await expect(core.handleIncoming(message())).resolves.toBeDefined();
    });

    it('counts each client separately and honours a per-bot override', async () => {
      for (let i = 0; i < 10; i++) await core.handleIncoming(message());
      await expect(core.handleIncoming(message({ clientKey: '10.0.0.2' }))).resolves.toBeDefined();
      await saveBot(makeBot({ id: 'strict', settings: { ...makeBot().settings, rateLimits: '1/60s' } }));
      await core.handleIncoming(message({ botId: 'strict' }));
      await expect(core.handleIncoming(message({ botId: 'strict' }))).rejects.toBeInstanceOf(RateLimitError);
      await saveBot(makeBot({ id: 'open', settings: { ...makeBot().settings, rateLimits: 'off' } }));
      for (let i = 0; i < 30; i++) await core.handleIncoming(message({ botId: 'open' }));
    });

    it('reports the tightest window for RateLimit headers', async () => {
      const reply = await core.handleIncoming(message());
      expect(reply.rateLimit).toEqual({ limit: 10, remaining: 9, resetMs: 5000 });
    });
  });

  describe('idempotency', () => {
    const idempotency = { key: 'key-1', fingerprint: 'body-hash-1' };

    it('returns the first reply to a retry with the same key, without calling the agent again', async () => {
      const first = await collectReply((await core.handleIncoming(message({ idempotency }))).events);
      clock.advance(60 * 60 * 1000);
      const retry = await core.handleIncoming(message({ idempotency }));
      expect(retry.replayed).toBe(true);
      expect(await collectReply(retry.events)).toEqual(first);
      expect(agent.requests).toHaveLength(1);
      expect(await store.listMessages(first.conversationId)).toHaveLength(2);
    });

    it('refuses the same key with a different body', async () => {
      await collectReply((await core.handleIncoming(message({ idempotency }))).events);
      await expect(
        core.handleIncoming(message({ idempotency: { key: 'key-1', fingerprint: 'other' } })),
      ).rejects.toMatchObject({ code: 'invalid_request_error', status: 400 });
    });

    it('answers 409 while the first request is still running', async () => {
      const first = await core.handleIncoming(message({ idempotency }));
      await expect(core.handleIncoming(message({ idempotency }))).rejects.toBeInstanceOf(ConflictError);
      await collectReply(first.events);
    });

    it('forgets the key after 24 hours and after a failure', async () => {
      await collectReply((await core.handleIncoming(message({ idempotency }))).events);
      clock.advance(24 * 60 * 60 * 1000 + 1);
      await collectReply((await core.handleIncoming(message({ idempotency }))).events);
      expect(agent.requests).toHaveLength(2);

      currentAgent = {
        send: () => {
          throw new Error('boom');
        },
      };
      const failing = { key: 'key-2', fingerprint: 'x' };
      await expect(
        collectReply((await core.handleIncoming(message({ idempotency: failing }))).events),
      ).rejects.toThrow();
      currentAgent = agent;
      await expect(
        collectReply((await core.handleIncoming(message({ idempotency: failing }))).events),
      ).resolves.toMatchObject({
        answers: 'Open Settings, then Security.',
      });
    });

    it('does not open a second ticket on a retried human request', async () => {
      const ask = message({ text: 'I want to talk to a human', idempotency });
      const first = await collectReply((await core.handleIncoming(ask)).events);
      const again = await collectReply((await core.handleIncoming(ask)).events);
      expect(again.ticketDetails).toEqual(first.ticketDetails);
      expect(sink.created).toBe(1);
    });
  });

  it('answers a channel message id once; the second delivery is a duplicate', async () => {
    const first = await core.handleIncoming(
      message({ channel: 'slack', channelKey: 'slack:T:C:1', channelMessageId: '1.0' }),
    );
    await collectReply(first.events);
    const second = await core.handleIncoming(
      message({ channel: 'slack', channelKey: 'slack:T:C:1', channelMessageId: '1.0' }),
    );
    expect(second.duplicate).toBe(true);
    expect(agent.requests).toHaveLength(1);
  });
});
