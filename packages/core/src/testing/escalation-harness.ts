/** Shared by the escalation suites: a core whose agent answers or not, and a sink that records tickets. */
import type { AgentEvent } from '../agent-client.js';
import { botSettingsSchema } from '../bot.js';
import { createCore } from '../handle-incoming.js';
import type { IncomingMessage } from '../incoming-message.js';
import { createMemoryStore } from '../memory-store.js';
import { collectReply } from '../reply-stream.js';
import type { TicketSink } from '../ticket-sink.js';
import { makeBot, manualClock, scriptedAgent, windowLimiter } from './fixtures.js';

export const ANSWER: AgentEvent[] = [
  { type: 'text-delta', text: 'Open Settings, then Security.' },
  { type: 'finish', noAnswer: false },
];
export const NO_ANSWER: AgentEvent[] = [
  { type: 'text-delta', text: "I couldn't find that." },
  { type: 'finish', noAnswer: true },
];

/** Monday 2026-01-05, 10:00 in Berlin (09:00 UTC); the clock moves by the hour in tests. */
export const MONDAY_10_BERLIN = Date.UTC(2026, 0, 5, 9, 0);

/** A core around a memory store, a sink that keeps tickets in it, and an agent answering `agentEvents`. */
export function setup(
  policy: Record<string, unknown>,
  agentEvents: AgentEvent[] = ANSWER,
  start = MONDAY_10_BERLIN,
) {
  const store = createMemoryStore();
  const clock = manualClock(start);
  const agent = scriptedAgent(() => agentEvents);
  let count = 0;
  const sink: TicketSink = {
    name: 'builtin',
    async create(request, { idempotencyKey }) {
      count += 1;
      const now = clock.now();
      return store.insertTicket({
        ...request,
        id: `tkt_${count}`,
        sink: 'builtin',
        externalId: `tkt_${count}`,
        url: null,
        status: 'open',
        idempotencyKey,
        createdAt: now,
        updatedAt: now,
      });
    },
    status: async (ticket) => ticket,
  };
  const settings = botSettingsSchema.parse({ ticketPolicy: policy });
  const core = createCore({
    store,
    agentFor: () => agent,
    ticketSinkFor: () => sink,
    rateLimiter: windowLimiter(clock),
    defaultRateLimits: [],
    clock,
  });
  const ready = store
    .createWorkspace({ id: 'ws_a', name: 'A', createdAt: 0 })
    .then(() => store.saveBot(makeBot({ settings })));
  async function say(text: string, extra: Partial<IncomingMessage> = {}) {
    await ready;
    const reply = await core.handleIncoming({
      workspaceId: 'ws_a',
      botId: 'demo',
      channel: 'slack',
      text,
      clientKey: 'U1',
      channelKey: 'slack:T1:C1:1.0',
      requester: {
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        phone: '+44 20 7946 0000',
        company: 'Analytical Engines',
      },
      ...extra,
    });
    return collectReply(reply.events);
  }
  const tickets = async () =>
    (await store.listTickets('ws_a', { sort: 'createdAt', order: 'asc', limit: 10, offset: 0 })).tickets;
  return { say, tickets, agent, clock, store };
}
