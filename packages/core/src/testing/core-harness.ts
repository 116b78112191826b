/** Shared by the handleIncoming suites: a core over a memory store, a scripted agent, a counting ticket sink. */
import type { AgentClient, AgentEvent } from '../agent-client.js';
import { createCore } from '../handle-incoming.js';
import { createIdSource } from '../id-source.js';
import type { IncomingMessage } from '../incoming-message.js';
import { createMemoryStore } from '../memory-store.js';
import { parseRateLimitPolicy } from '../rate-limiter.js';
import type { Bot } from '../records.js';
import type { Store } from '../store.js';
import type { TicketSink } from '../ticket-sink.js';
import type { ReplyEvent } from '../wire.js';
import { type ManualClock, makeBot, manualClock, scriptedAgent, windowLimiter } from './fixtures.js';

export const answerWithSources = (text: string): AgentEvent[] => [
  { type: 'text-delta', text: `${text.slice(0, 5)}` },
  { type: 'text-delta', text: text.slice(5) },
  {
    type: 'sources',
    sources: [{ type: 'knowledge_base', name: 'Reset your password', score: 0.9, url: 'http://kb/reset' }],
  },
  { type: 'finish', noAnswer: false },
];

/** A builtin-like sink that counts the tickets it created. */
export function builtinSink(store: Store, clock: ManualClock): TicketSink & { created: number } {
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

/** Every event of a reply. */
export async function events(reply: { events: AsyncIterable<ReplyEvent> }): Promise<ReplyEvent[]> {
  const all: ReplyEvent[] = [];
  for await (const event of reply.events) all.push(event);
  return all;
}

/** An API message to the demo bot of workspace A. */
export const message = (overrides: Partial<IncomingMessage> = {}): IncomingMessage => ({
  workspaceId: 'ws_a',
  botId: 'demo',
  channel: 'api',
  text: 'How do I reset my password?',
  clientKey: '127.0.0.1',
  channelScope: 'api:tok_1',
  ...overrides,
});

export interface CoreHarness {
  clock: ManualClock;
  store: Store;
  agent: ReturnType<typeof scriptedAgent>;
  sink: ReturnType<typeof builtinSink>;
  core: ReturnType<typeof createCore>;
  /** The agent the core asks; a test may swap it. */
  currentAgent: AgentClient;
  saveBot(bot: Bot): Promise<void>;
  /** Builds everything afresh (two workspaces, bots `demo` and `other`): run it before each test. */
  reset(): Promise<void>;
}

/** A harness whose parts exist once `reset` has run. */
export function coreHarness(): CoreHarness {
  const harness = {} as CoreHarness;
  harness.reset = async () => {
    const clock = manualClock();
    const store = createMemoryStore();
    const agent = scriptedAgent(() => answerWithSources('Open Settings, then Security.'));
    const sink = builtinSink(store, clock);
    Object.assign(harness, {
      clock,
      store,
      agent,
      sink,
      currentAgent: agent,
      saveBot: (bot: Bot) => store.saveBot(bot),
    });
    harness.core = createCore({
      store,
      agentFor: () => harness.currentAgent,
      ticketSinkFor: () => sink,
      rateLimiter: windowLimiter(clock),
      defaultRateLimits: parseRateLimitPolicy('20/60s,10/5s'),
      clock,
      ids: createIdSource(clock),
    });
    await store.createWorkspace({ id: 'ws_a', name: 'A', createdAt: 0 });
    await store.createWorkspace({ id: 'ws_b', name: 'B', createdAt: 0 });
    await harness.saveBot(makeBot());
    await harness.saveBot(makeBot({ id: 'other' }));
    await harness.saveBot(makeBot({ workspaceId: 'ws_b' }));
  };
  return harness;
}
