import { describe, expect, it } from 'vitest';
import type { AgentEvent } from '../agent-client.js';
import { botSettingsSchema } from '../bot.js';
import { createCore } from '../handle-incoming.js';
import type { IncomingMessage } from '../incoming-message.js';
import { createMemoryStore } from '../memory-store.js';
import { collectReply } from '../reply-stream.js';
import { makeBot, manualClock, scriptedAgent, windowLimiter } from '../testing/fixtures.js';
import type { TicketSink } from '../ticket-sink.js';

const ANSWER: AgentEvent[] = [
  { type: 'text-delta', text: 'Open Settings, then Security.' },
  { type: 'finish', noAnswer: false },
];
const NO_ANSWER: AgentEvent[] = [
  { type: 'text-delta', text: "I couldn't find that." },
  { type: 'finish', noAnswer: true },
];

/** Monday 2026-01-05, 10:00 in Berlin (09:00 UTC); the clock moves by the hour in tests. */
const MONDAY_10_BERLIN = Date.UTC(2026, 0, 5, 9, 0);

/** A core around a memory store, a sink that keeps tickets in it, and an agent answering `agentEvents`. */
function setup(
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

describe('handover after a confirmation', () => {
  it('asks first, and opens the ticket on "yes"', async () => {
    const { say, tickets } = setup({ handover: 'confirm' });
    const offer = await say('I want to speak to a person');
    expect(offer.answers).toContain('open a ticket');
    expect(offer.ticketDetails).toBeUndefined();
    expect(await tickets()).toHaveLength(0);
    const yes = await say('Yes please', { conversationId: offer.conversationId });
    expect(yes.ticketDetails?.id).toBe('tkt_1');
    expect((await tickets())[0]?.trigger).toBe('human-request');
  });

  it('opens on a channel button (escalate) and remembers the ticket type of the offer', async () => {
    const { say, tickets } = setup({
      handover: 'confirm',
      ticketTypes: [{ type: 'billing', priority: 'high', keywords: ['refund'] }],
    });
    const offer = await say('refund for order 42');
    const pressed = await say('', { conversationId: offer.conversationId, escalate: true });
    expect(pressed.ticketDetails).toMatchObject({ type: 'billing', priority: 'high' });
    expect(await tickets()).toHaveLength(1);
  });

  it('opens nothing on "no", and the next question goes to the agent', async () => {
    const { say, tickets, agent } = setup({ handover: 'confirm' });
    const offer = await say('Let me talk to a human');
    const no = await say('no thanks', { conversationId: offer.conversationId });
    expect(no.answers).toContain('no ticket opened');
    const later = await say('How do I reset my password?', { conversationId: offer.conversationId });
    expect(later.answers).toBe('Open Settings, then Security.');
    expect(agent.requests).toHaveLength(1);
    expect(await tickets()).toHaveLength(0);
  });

  it('offers a ticket after an answer the agent did not have', async () => {
    const { say, tickets } = setup({ handover: 'confirm' }, NO_ANSWER);
    const offer = await say('What is the airspeed of a swallow?');
    expect(offer.answers).toMatch(/^I couldn't find that\.\n\nWould you like me to open a ticket/);
    await say('yes', { conversationId: offer.conversationId });
    expect((await tickets())[0]?.trigger).toBe('no-answer');
  });
});

describe('off-hours', () => {
  const hours = {
    timeZone: 'Europe/Berlin',
    days: { mon: [{ from: '09:00', to: '17:00' }], tue: [{ from: '09:00', to: '17:00' }] },
    offHoursMessage: 'We are closed now; we answer Monday to Tuesday, 9 to 5 (Berlin).',
  };
  const cases = [
    { name: 'Monday 10:00 Berlin is open', at: MONDAY_10_BERLIN, offHours: false },
    {
      name: 'Monday 17:00 Berlin is closed (end exclusive)',
      at: MONDAY_10_BERLIN + 7 * 3_600_000,
      offHours: true,
    },
    { name: 'Monday 08:59 Berlin is closed', at: MONDAY_10_BERLIN - 61 * 60_000, offHours: true },
    { name: 'Wednesday 10:00 Berlin has no hours', at: MONDAY_10_BERLIN + 48 * 3_600_000, offHours: true },
    // 2026-07-06 is a Monday in summer time (UTC+2): 09:30 Berlin is 07:30 UTC.
    { name: 'summer time: Monday 09:30 Berlin is open', at: Date.UTC(2026, 6, 6, 7, 30), offHours: false },
  ];
  it.each(cases)('$name', async ({ at, offHours }) => {
    const { say } = setup({ businessHours: hours }, ANSWER, at);
    const data = await say('Let me talk to a human');
    expect(data.ticketDetails).toBeDefined();
    expect(data.answers.includes(hours.offHoursMessage)).toBe(offHours);
  });
});
