import { beforeEach, describe, expect, it } from 'vitest';
import { pauseConversation, resumeConversation } from '../conversation-pause.js';
import { createCore } from '../handle-incoming.js';
import { createIdSource } from '../id-source.js';
import type { IncomingMessage, Reply } from '../incoming-message.js';
import { createMemoryStore } from '../memory-store.js';
import { parseRateLimitPolicy } from '../rate-limiter.js';
import type { Bot } from '../records.js';
import { collectReply } from '../reply-stream.js';
import type { Store } from '../store.js';
import { type ManualClock, makeBot, manualClock, scriptedAgent, windowLimiter } from '../testing/fixtures.js';
import type { Sleep } from './debounce.js';
import { botRulesSchema } from './rules-schema.js';

/** A sleep the test ends by hand, to interleave messages the way rapid typing does. */
function handSleep() {
  const waiting: Array<{ ms: number; resolve: () => void; reject: (error: unknown) => void }> = [];
  const sleep: Sleep = (ms) => new Promise((resolve, reject) => waiting.push({ ms, resolve, reject }));
  const settle = () => new Promise((resolve) => setTimeout(resolve, 5));
  return { sleep, waiting, settle };
}

describe('session rules in the pipeline', () => {
  let clock: ManualClock;
  let store: Store;
  let timers: ReturnType<typeof handSleep>;
  const agentSaw: string[] = [];
  let agentText = 'An answer.';

  const makeCore = () =>
    createCore({
      store,
      agentFor: (bot) =>
        scriptedAgent((request) => {
          agentSaw.push(`${bot.id}:${request.text}`);
          return [
            ...(agentText ? [{ type: 'text-delta' as const, text: agentText }] : []),
            { type: 'finish' as const, noAnswer: agentText === '' },
          ];
        }),
      ticketSinkFor: () => ({
        name: 'none',
        create: () => Promise.reject(new Error('no tickets here')),
        status: (ticket) => Promise.resolve(ticket),
      }),
      rateLimiter: windowLimiter(clock),
      defaultRateLimits: parseRateLimitPolicy('off'),
      clock,
      ids: createIdSource(clock),
      sleep: timers.sleep,
    });

  const message = (text: string, extra: Partial<IncomingMessage> = {}): IncomingMessage => ({
    workspaceId: 'ws_a',
    botId: 'demo',
    channel: 'slack',
    text,
    clientKey: 'U1',
    channelKey: 'slack:T1:C1:1.0',
    requester: { id: 'U1' },
    ...extra,
  });

  async function saveRules(rules: object, botId = 'demo', extra: Partial<Bot> = {}) {
    const bot = makeBot({ id: botId, ...extra });
    await store.saveBot({ ...bot, settings: { ...bot.settings, rules: botRulesSchema.parse(rules) } });
  }

  const answer = async (reply: Reply) => (await collectReply(reply.events)).answers;

  beforeEach(async () => {
    clock = manualClock();
    store = createMemoryStore();
    timers = handSleep();
    agentSaw.length = 0;
    agentText = 'An answer.';
    await store.createWorkspace({ id: 'ws_a', name: 'A', createdAt: 0 });
  });

  it('joins rapid messages and answers them once (debounce)', async () => {
    await saveRules({ debounceTime: 3 });
    const core = makeCore();
    const first = core.handleIncoming(message('hi'));
    await timers.settle();
    const second = core.handleIncoming(message('my order is late'));
    await timers.settle();
    expect(timers.waiting.map((wait) => wait.ms)).toEqual([3000, 3000]);
    for (const wait of timers.waiting) wait.resolve();

    const [early, late] = await Promise.all([first, second]);
    expect(early.skipped).toBe('debounced');
    expect(await answer(late)).toBe('An answer.');
    expect(agentSaw).toEqual(['demo:hi\nmy order is late']);
    const stored = await store.listMessages(late.conversationId);
    expect(stored.map((item) => item.text)).toEqual(['hi\nmy order is late', 'An answer.']);
  });

  it('neither loses nor doubles messages when two instances share the store', async () => {
    await saveRules({ debounceTime: 2 });
    const one = makeCore();
    const two = makeCore();
    const first = one.handleIncoming(message('a'));
    await timers.settle();
    const second = two.handleIncoming(message('b'));
    await timers.settle();
    for (const wait of timers.waiting) wait.resolve();
    const replies = await Promise.all([first, second]);
    const answered = replies.filter((reply) => !reply.skipped);
    expect(answered).toHaveLength(1);
    expect(await answer(answered[0] as Reply)).toBe('An answer.');
    expect(agentSaw).toEqual(['demo:a\nb']);
  });

  it('keeps a message whose process stopped mid-wait and joins it into the next one', async () => {
    await saveRules({ debounceTime: 1 });
    const crashed = makeCore().handleIncoming(message('lost?'));
    await timers.settle();
    timers.waiting[0]?.reject(new Error('process stopped'));
    await expect(crashed).rejects.toThrow('process stopped');

    const next = makeCore().handleIncoming(message('hello again'));
    await timers.settle();
    timers.waiting[1]?.resolve();
    expect(await answer(await next)).toBe('An answer.');
    expect(agentSaw).toEqual(['demo:lost?\nhello again']);
  });

  it('stays silent while staff have paused the conversation, in any channel, and answers after resume', async () => {
    await saveRules({});
    const core = makeCore();
    const opened = await core.handleIncoming(message('hi'));
    await answer(opened);
    expect(await pauseConversation(store, opened.conversationId, { by: 'U_STAFF', now: clock.now() })).toBe(
      true,
    );
    expect(await pauseConversation(store, opened.conversationId, { by: 'U_STAFF', now: clock.now() })).toBe(
      false,
    );

    const paused = await core.handleIncoming(message('anyone?'));
    expect(paused.skipped).toBe('paused');
    await resumeConversation(store, opened.conversationId, clock.now());
    expect(await answer(await core.handleIncoming(message('back?')))).toBe('An answer.');
    const texts = (await store.listMessages(opened.conversationId)).map((item) => item.text);
    expect(texts).toContain('anyone?');
  });

  it('pauses when staff write in the conversation (stopBotFromMe)', async () => {
    await saveRules({});
    const core = makeCore();
    await answer(await core.handleIncoming(message('hi')));
    const staff = await core.handleIncoming(
      message('I will take it', { fromStaff: true, requester: { id: 'U2' } }),
    );
    expect(staff.skipped).toBe('staff-paused');
    expect((await core.handleIncoming(message('thanks'))).skipped).toBe('paused');
    const [session] = await store.listSessions('ws_a');
    expect(session).toMatchObject({ status: 'paused', pausedBy: 'U2' });
  });

  it('expires a paused session after `expire` seconds, whatever the agent kind', async () => {
    await saveRules({ expire: 600 }, 'demo', {
      agent: { kind: 'remote', baseUrl: 'http://x', botId: 'b', integrationId: 'i', busyBudgetMs: 0 },
    });
    const core = makeCore();
    const first = await core.handleIncoming(message('hi'));
    await answer(first);
    await pauseConversation(store, first.conversationId, { by: 'U_STAFF', now: clock.now() });
    clock.advance(11 * 60_000);
    expect(await answer(await core.handleIncoming(message('still there?')))).toBe('An answer.');
  });

  it('lets the finish keyword close the session, and the next trigger open a new one', async () => {
    await saveRules({
      triggerType: 'keyword',
      triggerOperator: 'equals',
      triggerValue: 'start',
      keywordFinish: 'bye',
      keepOpen: true,
    });
    const core = makeCore();
    expect((await core.handleIncoming(message('hello'))).skipped).toBe('no-trigger');
    expect(await answer(await core.handleIncoming(message('start')))).toBe('An answer.');
    expect(await answer(await core.handleIncoming(message('my printer')))).toBe('An answer.');
    expect((await core.handleIncoming(message('bye'))).skipped).toBe('finished');
    expect((await store.listSessions('ws_a'))[0]?.status).toBe('closed');
    expect((await core.handleIncoming(message('my printer'))).skipped).toBe('no-trigger');
    expect(await answer(await core.handleIncoming(message('start')))).toBe('An answer.');
  });

  it('hands messages nothing matched to the fallback bot', async () => {
    await saveRules({
      triggerType: 'keyword',
      triggerOperator: 'contains',
      triggerValue: 'billing',
      fallbackBotId: 'general',
    });
    await saveRules({ triggerType: 'none' }, 'general');
    const core = makeCore();
    await answer(await core.handleIncoming(message('billing question')));
    await answer(await core.handleIncoming(message('where is my parcel', { channelKey: 'slack:T1:C1:2.0' })));
    expect(agentSaw).toEqual(['demo:billing question', 'general:where is my parcel']);
  });

  it('never answers an ignored person, but keeps what they wrote', async () => {
    await saveRules({ ignore: { emailDomains: ['spam.example'] } });
    const reply = await makeCore().handleIncoming(
      message('buy now', { requester: { id: 'U7', email: 'x@spam.example' } }),
    );
    expect(reply.skipped).toBe('ignored');
    expect(await answer(reply)).toBe('');
    expect(agentSaw).toEqual([]);
    expect((await store.listMessages(reply.conversationId)).map((item) => item.text)).toEqual(['buy now']);
  });

  it('sends unknownMessage when the agent has nothing to say', async () => {
    await saveRules({ unknownMessage: 'Sorry, I did not get that.' });
    const bot = await store.getBot('ws_a', 'demo');
    if (!bot) throw new Error('missing bot');
    await store.saveBot({
      ...bot,
      settings: { ...bot.settings, ticketPolicy: { ...bot.settings.ticketPolicy, noAnswer: false } },
    });
    agentText = '';
    expect(await answer(await makeCore().handleIncoming(message('???')))).toBe('Sorry, I did not get that.');
  });

  it('waits delayMessage before answering', async () => {
    await saveRules({ delayMessage: 1500 });
    const pending = makeCore().handleIncoming(message('hi'));
    await timers.settle();
    expect(timers.waiting.map((wait) => wait.ms)).toEqual([1500]);
    expect(agentSaw).toEqual([]);
    timers.waiting[0]?.resolve();
    expect(await answer(await pending)).toBe('An answer.');
  });

  it('reads the session once per message and records its activity with each one', async () => {
    await saveRules({});
    const core = makeCore();
    await answer(await core.handleIncoming(message('first')));
    const calls: string[] = [];
    for (const name of ['getSession', 'saveSession', 'deleteSession', 'getBot', 'listBots'] as const) {
      const original = store[name].bind(store) as (...args: unknown[]) => Promise<unknown>;
      (store as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
        calls.push(name);
        return original(...args);
      };
    }
    await answer(await core.handleIncoming(message('second')));
    expect(calls).toEqual(['getBot', 'getSession', 'saveSession']);
    clock.advance(1_000);
    await answer(await core.handleIncoming(message('third')));
    expect(calls).toEqual(['getBot', 'getSession', 'saveSession', 'getBot', 'getSession', 'saveSession']);
    const [session] = await store.listSessions('ws_a');
    expect(session?.lastActivityAt).toBe(clock.now());
  });
});
