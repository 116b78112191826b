import { beforeEach, describe, expect, it } from 'vitest';
import { isConversationPaused, pauseConversation, resumeConversation } from './conversation-pause.js';
import { createCore } from './handle-incoming.js';
import { createIdSource } from './id-source.js';
import type { IncomingMessage } from './incoming-message.js';
import { createMemoryStore } from './memory-store.js';
import { parseRateLimitPolicy } from './rate-limiter.js';
import { collectReply } from './reply-stream.js';
import type { Store } from './store.js';
import { type ManualClock, makeBot, manualClock, scriptedAgent, windowLimiter } from './testing/fixtures.js';
import { changeTicket, replyAsStaff } from './ticket-updates.js';

describe('take-over, hand-back and resolve', () => {
  let clock: ManualClock;
  let store: Store;
  let core: ReturnType<typeof createCore>;
  const sent: string[] = [];

  const message = (text: string): IncomingMessage => ({
    workspaceId: 'ws_a',
    botId: 'demo',
    channel: 'web',
    text,
    clientKey: 'visitor',
    channelKey: 'web:demo:visitor-1',
  });
  const ask = async (text: string) => {
    const reply = await core.handleIncoming(message(text));
    return { reply, data: await collectReply(reply.events) };
  };
  const deps = () => ({
    store,
    ids: createIdSource(clock),
    clock,
    send: async (_conversation: unknown, outgoing: { text: string }) => {
      sent.push(outgoing.text);
    },
  });

  async function openTicket(conversationId: string) {
    return store.insertTicket({
      id: 'FD-1',
      workspaceId: 'ws_a',
      botId: 'demo',
      conversationId,
      trigger: 'human-request',
      sink: 'builtin',
      externalId: 'FD-1',
      url: null,
      type: 'support',
      status: 'open',
      priority: 'medium',
      summary: 's',
      description: 'd',
      requester: null,
      idempotencyKey: `${conversationId}:human-request`,
      createdAt: clock.now(),
      updatedAt: clock.now(),
    });
  }

  beforeEach(async () => {
    clock = manualClock();
    store = createMemoryStore();
    sent.length = 0;
    await store.createWorkspace({ id: 'ws_a', name: 'A', createdAt: 0 });
    await store.saveBot(makeBot());
    core = createCore({
      store,
      agentFor: () =>
        scriptedAgent(() => [
          { type: 'text-delta', text: 'The bot answers.' },
          { type: 'finish', noAnswer: false },
        ]),
      ticketSinkFor: () => ({
        name: 'none',
        create: () => Promise.reject(new Error('not used')),
        status: (ticket) => Promise.resolve(ticket),
      }),
      rateLimiter: windowLimiter(clock),
      defaultRateLimits: parseRateLimitPolicy('off'),
      clock,
      ids: createIdSource(clock),
    });
  });

  it('keeps the rating and answers the next question after take-over, reply and resolve', async () => {
    const first = await ask('hello there');
    const conversationId = first.reply.conversationId;
    const ticket = await openTicket(conversationId);
    await pauseConversation(store, conversationId, { by: 'tok_staff', now: clock.now() });
    expect((await ask('hello?')).reply.skipped).toBe('paused');
    await replyAsStaff(deps(), { conversation: (await store.getConversation(conversationId))!, text: 'Hi!' });

    clock.advance(1000);
    await changeTicket(deps(), ticket, { status: 'resolved' });
    expect(await isConversationPaused(store, conversationId, clock.now())).toBe(false);

    const rating = await ask('5');
    expect(rating.data.answers).toMatch(/^Thank you for your rating \(5\/5\)!/);
    expect(await store.listCsat('ws_a', { limit: 10, offset: 0 })).toMatchObject([
      { ticketId: 'FD-1', score: 5 },
    ]);
    expect((await ask('How do I export?')).data.answers).toBe('The bot answers.');
  });

  it('answers again after a hand-back, and a resolve without take-over changes nothing else', async () => {
    const first = await ask('hi');
    const conversationId = first.reply.conversationId;
    await pauseConversation(store, conversationId, { by: 'tok_staff', now: clock.now() });
    expect((await ask('anyone?')).data.answers).toBe('');
    await resumeConversation(store, conversationId, clock.now());
    expect((await ask('back?')).data.answers).toBe('The bot answers.');

    const ticket = await openTicket(conversationId);
    await changeTicket(deps(), ticket, { status: 'closed' });
    expect((await ask('4')).data.answers).toMatch(/^Thank you for your rating \(4\/5\)!/);
    expect((await ask('and now?')).data.answers).toBe('The bot answers.');
  });

  it('keeps a rating given while staff have taken the conversation again', async () => {
    const first = await ask('hi');
    const conversationId = first.reply.conversationId;
    const ticket = await openTicket(conversationId);
    await changeTicket(deps(), ticket, { status: 'resolved' });
    await pauseConversation(store, conversationId, { by: 'tok_staff', now: clock.now() });
    const rating = await ask('4');
    expect(rating.reply.skipped).toBe('paused');
    expect(await store.listCsat('ws_a', { limit: 10, offset: 0 })).toMatchObject([
      { ticketId: 'FD-1', score: 4 },
    ]);
  });

  it('does not end a take-over on a status change that is not a resolve', async () => {
    const first = await ask('hi');
    const conversationId = first.reply.conversationId;
    const ticket = await openTicket(conversationId);
    await pauseConversation(store, conversationId, { by: 'tok_staff', now: clock.now() });
    await changeTicket(deps(), ticket, { status: 'in progress' });
    expect((await ask('still there?')).reply.skipped).toBe('paused');
  });
});
