import { beforeEach, describe, expect, it } from 'vitest';
import { ConflictError, RateLimitError } from './errors.js';
import { collectReply } from './reply-stream.js';
import { coreHarness, events, message } from './testing/core-harness.js';
import { makeBot } from './testing/fixtures.js';

describe('handleIncoming', () => {
  const h = coreHarness();
  beforeEach(h.reset);

  it('answers with the agent text, its sources and a new conversation id, streaming deltas', async () => {
    const reply = await h.core.handleIncoming(message());
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
    const first = await collectReply((await h.core.handleIncoming(message())).events);
    h.clock.advance(1000);
    const second = await collectReply(
      (await h.core.handleIncoming(message({ text: 'and on mobile?', conversationId: first.conversationId })))
        .events,
    );
    expect(second.conversationId).toBe(first.conversationId);
    expect(h.agent.requests[1]?.history).toEqual([
      { role: 'user', text: 'How do I reset my password?' },
      { role: 'assistant', text: 'Open Settings, then Security.' },
    ]);
    expect(await h.store.listMessages(first.conversationId)).toHaveLength(4);
  });

  it('finds the same conversation again by channel key', async () => {
    const first = await h.core.handleIncoming(message({ channel: 'slack', channelKey: 'slack:T1:C1:1.0' }));
    await collectReply(first.events);
    const second = await h.core.handleIncoming(message({ channel: 'slack', channelKey: 'slack:T1:C1:1.0' }));
    expect(second.conversationId).toBe(first.conversationId);
  });

  it("answers 404 for another workspace's or another bot's conversation id", async () => {
    const { conversationId } = await collectReply((await h.core.handleIncoming(message())).events);
    const fromOtherWorkspace = h.core.handleIncoming(message({ workspaceId: 'ws_b', conversationId }));
    await expect(fromOtherWorkspace).rejects.toMatchObject({ code: 'not_found', status: 404 });
    const fromOtherBot = h.core.handleIncoming(message({ botId: 'other', conversationId }));
    await expect(fromOtherBot).rejects.toMatchObject({ code: 'not_found' });
    await expect(h.core.handleIncoming(message({ conversationId: 'conv_guess' }))).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('refuses an unknown bot with invalid_request_error and a disabled one with permission_error', async () => {
    await expect(h.core.handleIncoming(message({ botId: 'nope' }))).rejects.toMatchObject({
      code: 'invalid_request_error',
      message: 'botId not found',
    });
    await h.saveBot(makeBot({ id: 'off', enabled: false }));
    await expect(h.core.handleIncoming(message({ botId: 'off' }))).rejects.toMatchObject({
      code: 'permission_error',
    });
  });

  describe('rate limits', () => {
    it('allows 10 requests in 5 seconds, refuses the 11th with a retry-after, then allows again', async () => {
      for (let i = 0; i < 10; i++) await h.core.handleIncoming(message());
      const refused = await h.core.handleIncoming(message()).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(RateLimitError);
      expect((refused as RateLimitError).retryAfterMs).toBeLessThanOrEqual(5000);
      expect((refused as RateLimitError).retryAfterMs).toBeGreaterThan(0);
      h.clock.advance(5001);
      await expect(h.core.handleIncoming(message())).resolves.toBeDefined();
    });

    it('allows 20 requests a minute even when spread out, refusing the 21st', async () => {
      for (let i = 0; i < 20; i++) {
        await h.core.handleIncoming(message());
        h.clock.advance(2000);
      }
      await expect(h.core.handleIncoming(message())).rejects.toMatchObject({
        code: 'rate_limit_error',
        status: 429,
      });
      h.clock.advance(60_000);
      await expect(h.core.handleIncoming(message())).resolves.toBeDefined();
    });

    it('counts each client separately and honours a per-bot override', async () => {
      for (let i = 0; i < 10; i++) await h.core.handleIncoming(message());
      await expect(h.core.handleIncoming(message({ clientKey: '10.0.0.2' }))).resolves.toBeDefined();
      await h.saveBot(makeBot({ id: 'strict', settings: { ...makeBot().settings, rateLimits: '1/60s' } }));
      await h.core.handleIncoming(message({ botId: 'strict' }));
      await expect(h.core.handleIncoming(message({ botId: 'strict' }))).rejects.toBeInstanceOf(
        RateLimitError,
      );
      await h.saveBot(makeBot({ id: 'open', settings: { ...makeBot().settings, rateLimits: 'off' } }));
      for (let i = 0; i < 30; i++) await h.core.handleIncoming(message({ botId: 'open' }));
    });

    it('reports the tightest window for RateLimit headers', async () => {
      const reply = await h.core.handleIncoming(message());
      expect(reply.rateLimit).toEqual({ limit: 10, remaining: 9, resetMs: 5000 });
    });
  });

  describe('idempotency', () => {
    const idempotency = { key: 'key-1', fingerprint: 'body-hash-1' };

    it('returns the first reply to a retry with the same key, without calling the agent again', async () => {
      const first = await collectReply((await h.core.handleIncoming(message({ idempotency }))).events);
      h.clock.advance(60 * 60 * 1000);
      const retry = await h.core.handleIncoming(message({ idempotency }));
      expect(retry.replayed).toBe(true);
      expect(await collectReply(retry.events)).toEqual(first);
      expect(h.agent.requests).toHaveLength(1);
      expect(await h.store.listMessages(first.conversationId)).toHaveLength(2);
    });

    it('refuses the same key with a different body', async () => {
      await collectReply((await h.core.handleIncoming(message({ idempotency }))).events);
      await expect(
        h.core.handleIncoming(message({ idempotency: { key: 'key-1', fingerprint: 'other' } })),
      ).rejects.toMatchObject({ code: 'invalid_request_error', status: 400 });
    });

    it('answers 409 while the first request is still running', async () => {
      const first = await h.core.handleIncoming(message({ idempotency }));
      await expect(h.core.handleIncoming(message({ idempotency }))).rejects.toBeInstanceOf(ConflictError);
      await collectReply(first.events);
    });

    it('forgets the key after 24 hours and after a failure', async () => {
      await collectReply((await h.core.handleIncoming(message({ idempotency }))).events);
      h.clock.advance(24 * 60 * 60 * 1000 + 1);
      await collectReply((await h.core.handleIncoming(message({ idempotency }))).events);
      expect(h.agent.requests).toHaveLength(2);

      h.currentAgent = {
        send: () => {
          throw new Error('boom');
        },
      };
      const failing = { key: 'key-2', fingerprint: 'x' };
      await expect(
        collectReply((await h.core.handleIncoming(message({ idempotency: failing }))).events),
      ).rejects.toThrow();
      h.currentAgent = h.agent;
      await expect(
        collectReply((await h.core.handleIncoming(message({ idempotency: failing }))).events),
      ).resolves.toMatchObject({
        answers: 'Open Settings, then Security.',
      });
    });

    it('does not open a second ticket on a retried human request', async () => {
      const ask = message({ text: 'I want to talk to a human', idempotency });
      const first = await collectReply((await h.core.handleIncoming(ask)).events);
      const again = await collectReply((await h.core.handleIncoming(ask)).events);
      expect(again.ticketDetails).toEqual(first.ticketDetails);
      expect(h.sink.created).toBe(1);
    });
  });

  it('answers a channel message id once; the second delivery is a duplicate', async () => {
    const first = await h.core.handleIncoming(
      message({ channel: 'slack', channelKey: 'slack:T:C:1', channelMessageId: '1.0' }),
    );
    await collectReply(first.events);
    const second = await h.core.handleIncoming(
      message({ channel: 'slack', channelKey: 'slack:T:C:1', channelMessageId: '1.0' }),
    );
    expect(second.duplicate).toBe(true);
    expect(h.agent.requests).toHaveLength(1);
  });
});
