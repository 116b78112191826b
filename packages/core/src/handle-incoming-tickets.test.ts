import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import type { AgentClient, AgentEvent } from './agent-client.js';
import { AgentError, type FrontdeskError } from './errors.js';
import { createCore } from './handle-incoming.js';
import { createIdSource } from './id-source.js';
import type { IncomingMessage } from './incoming-message.js';
import { createMemoryStore } from './memory-store.js';
import { parseRateLimitPolicy } from './rate-limiter.js';
import type { Bot } from './records.js';
import { HUMAN_OFFER_TEXT, TALK_TO_HUMAN } from './reply-actions.js';
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

  describe('tickets', () => {
    it('opens a ticket when the person asks for a human, without calling the agent', async () => {
      const all = await events(await core.handleIncoming(message({ text: 'I want to talk to a human' })));
      expect(agent.requests).toHaveLength(0);
      const created = all.find((event) => event.type === 'ticket-created');
      expect(created?.type === 'ticket-created' && created.ticket).toMatchObject({
        status: 'open',
        type: 'support',
      });
      const end = all.at(-1);
      expect(end?.type === 'message-end' && end.data.ticketDetails?.id).toBe('tkt_1');
      expect(end?.type === 'message-end' && end.data.answers).toContain('tkt_1');
    });

    it('links the existing ticket when the person asks again in the same conversation', async () => {
      const first = await collectReply(
        (await core.handleIncoming(message({ text: 'talk to a person please' }))).events,
      );
      const again = await events(
        await core.handleIncoming(message({ text: 'escalate this', conversationId: first.conversationId })),
      );
      expect(sink.created).toBe(1);
      expect(again.some((event) => event.type === 'ticket-created')).toBe(false);
      const end = again.at(-1);
      expect(end?.type === 'message-end' && end.data.ticketDetails?.id).toBe(first.ticketDetails?.id);
    });

    it('puts the transcript and a summary on the ticket', async () => {
      const first = await collectReply((await core.handleIncoming(message())).events);
      await collectReply(
        (
          await core.handleIncoming(
            message({ text: 'that did not help, get me a human', conversationId: first.conversationId }),
          )
        ).events,
      );
      const ticket = await store.findTicketByIdempotencyKey('ws_a', `${first.conversationId}:human-request`);
      expect(ticket?.summary).toBe('How do I reset my password?');
      expect(ticket?.description).toContain('Open Settings, then Security.');
      expect(ticket?.description).toContain('Reset your password (90%)');
    });

    it('offers a person when the agent has no answer, and opens the ticket only when asked', async () => {
      currentAgent = scriptedAgent(() => [
        { type: 'text-delta', text: "I couldn't find that." },
        { type: 'finish', noAnswer: true },
      ]);
      const offer = await collectReply(
        (await core.handleIncoming(message({ text: 'What is the moon made of?' }))).events,
      );
      expect(offer.ticketDetails).toBeUndefined();
      expect(offer.answers).toBe(`I couldn't find that.\n\n${HUMAN_OFFER_TEXT}`);
      expect(offer.answers).not.toContain('opened a ticket');
      expect(offer.actions).toEqual([TALK_TO_HUMAN]);
      expect(sink.created).toBe(0);

      const pressed = await collectReply(
        (
          await core.handleIncoming(
            message({ text: 'Talk to a human', conversationId: offer.conversationId, escalate: true }),
          )
        ).events,
      );
      expect(pressed.ticketDetails?.status).toBe('open');
      expect(pressed.answers).toMatch(/^I've opened a ticket/);
      expect(sink.created).toBe(1);
    });

    it('opens a ticket at once when the policy says so, and not when the policy is off', async () => {
      currentAgent = scriptedAgent(() => [
        { type: 'text-delta', text: "I couldn't find that." },
        { type: 'finish', noAnswer: true },
      ]);
      const base = makeBot().settings;
      await saveBot(
        makeBot({
          id: 'eager',
          settings: { ...base, ticketPolicy: { ...base.ticketPolicy, noAnswerHandover: 'ticket' } },
        }),
      );
      const data = await collectReply(
        (await core.handleIncoming(message({ botId: 'eager', text: 'What is the moon made of?' }))).events,
      );
      expect(data.ticketDetails?.status).toBe('open');
      expect(data.answers).toMatch(/^I couldn't find that\.\n\nI've opened a ticket/);

      const settings = makeBot().settings;
      await saveBot(
        makeBot({
          id: 'quiet',
          settings: { ...settings, ticketPolicy: { ...settings.ticketPolicy, noAnswer: false } },
        }),
      );
      const quiet = await collectReply(
        (await core.handleIncoming(message({ botId: 'quiet', text: 'moon?' }))).events,
      );
      expect(quiet.ticketDetails).toBeUndefined();
      expect(sink.created).toBe(1);
    });

    it('opens one ticket with the summary, type and priority an agent asks for', async () => {
      currentAgent = scriptedAgent(() => [
        { type: 'text-delta', text: 'I have asked a colleague to look at your invoice.' },
        { type: 'ticket-request', summary: 'Invoice charged twice', ticketType: 'billing', priority: 'high' },
        { type: 'finish', noAnswer: true },
      ]);
      const first = await collectReply(
        (await core.handleIncoming(message({ text: 'Charged twice!' }))).events,
      );
      expect(first.ticketDetails).toMatchObject({ type: 'billing', priority: 'high' });
      expect(first.ticketDetails?.description).toBe('Invoice charged twice');
      expect(first.answers).toBe('I have asked a colleague to look at your invoice.');

      const again = await collectReply(
        (await core.handleIncoming(message({ text: 'Still twice', conversationId: first.conversationId })))
          .events,
      );
      expect(again.ticketDetails?.id).toBe(first.ticketDetails?.id);
      expect(sink.created).toBe(1);
    });
  });

  describe('failures', () => {
    it('maps an agent failure to agent_error 502 and keeps the user message', async () => {
      currentAgent = {
        // biome-ignore lint/correctness/useYield: an agent that fails before its first event
        async *send() {
          throw new Error('upstream exploded');
        },
      };
      const reply = await core.handleIncoming(message());
      const failure = await collectReply(reply.events).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(AgentError);
      expect((failure as FrontdeskError).status).toBe(502);
      const stored = await store.listMessages(reply.conversationId);
      expect(stored.map((stored) => [stored.role, stored.text])).toEqual([
        ['user', 'How do I reset my password?'],
      ]);
    });

    it('gives agent_error 504 when the agent takes longer than its budget', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      onTestFinished(() => {
        vi.useRealTimers();
      });
      await saveBot(makeBot({ id: 'slow', settings: { ...makeBot().settings, agentTimeoutMs: 2000 } }));
      currentAgent = {
        async *send() {
          await new Promise(() => {}); // never answers, ignores its signal
          yield { type: 'finish', noAnswer: false } as const;
        },
      };
      const reply = await core.handleIncoming(message({ botId: 'slow' }));
      const outcome = expect(collectReply(reply.events)).rejects.toMatchObject({
        code: 'agent_error',
        status: 504,
      });
      await vi.advanceTimersByTimeAsync(1999);
      expect(await store.listMessages(reply.conversationId)).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      await outcome;
    });

    it('cancels the agent call when the client goes away', async () => {
      let agentSignal: AbortSignal | undefined;
      currentAgent = {
        async *send(_request, { signal }) {
          agentSignal = signal;
          yield { type: 'text-delta', text: 'partial' };
          await new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
        },
      };
      const controller = new AbortController();
      const reply = await core.handleIncoming(message(), { signal: controller.signal });
      const seen: string[] = [];
      const done = (async () => {
        for await (const event of reply.events) {
          seen.push(event.type);
          if (event.type === 'message-delta') controller.abort(new DOMException('gone', 'AbortError'));
        }
      })();
      await expect(done).rejects.toMatchObject({ name: 'AbortError' });
      expect(agentSignal?.aborted).toBe(true);
      expect(seen).not.toContain('message-end');
    });
  });
});
