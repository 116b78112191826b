import { describe, expect, it } from 'vitest';
import type { AgentEvent } from '../agent-client.js';
import type { TicketPolicy } from '../bot.js';
import { NO_ANSWER, setup } from '../testing/escalation-harness.js';

interface Row {
  name: string;
  policy: Partial<Record<keyof TicketPolicy, unknown>>;
  text: string;
  agent?: AgentEvent[];
  /** The trigger of the ticket opened, or null for none. */
  trigger: string | null;
  agentCalled: boolean;
  type?: string;
  priority?: string;
}

const TABLE: Row[] = [
  {
    name: 'no rules: the agent answers',
    policy: {},
    text: 'How do I reset my password?',
    trigger: null,
    agentCalled: true,
  },
  {
    name: 'always escalate',
    policy: { always: true },
    text: 'How do I reset my password?',
    trigger: 'always',
    agentCalled: false,
  },
  {
    name: 'starts with a keyword',
    policy: { startsWith: ['!ticket', 'urgent'] },
    text: 'Urgent: the shop is down',
    trigger: 'keyword',
    agentCalled: false,
  },
  {
    name: 'a keyword inside a word does not count',
    policy: { startsWith: ['urgent'] },
    text: 'Urgently curious: how do refunds work?',
    trigger: null,
    agentCalled: true,
  },
  {
    name: 'does not start with a keyword',
    policy: { notStartsWith: ['?', 'q:'] },
    text: 'The shop is down',
    trigger: 'keyword',
    agentCalled: false,
  },
  {
    name: 'starts with an allowed keyword',
    policy: { notStartsWith: ['?', 'q:'] },
    text: 'q: how do refunds work?',
    trigger: null,
    agentCalled: true,
  },
  {
    name: 'starts with any emoji',
    policy: { emoji: 'starts' },
    text: '🎫 my laptop will not boot',
    trigger: 'emoji',
    agentCalled: false,
  },
  {
    name: 'starts with another emoji than the listed one',
    policy: { emoji: 'starts', emojiList: ['🎫'] },
    text: '🙂 hello',
    trigger: null,
    agentCalled: true,
  },
  {
    name: 'does not start with an emoji',
    policy: { emoji: 'not-starts' },
    text: 'my laptop will not boot',
    trigger: 'emoji',
    agentCalled: false,
  },
  {
    name: 'matches a ticket type: its type and priority',
    policy: { ticketTypes: [{ type: 'billing', priority: 'high', keywords: ['refund', 'invoice'] }] },
    text: 'I need a refund for order 42',
    trigger: 'ticket-type',
    agentCalled: false,
    type: 'billing',
    priority: 'high',
  },
  {
    name: 'always escalate keeps a matching ticket type',
    policy: { always: true, ticketTypes: [{ type: 'billing', keywords: ['invoice'] }] },
    text: 'Where is my invoice?',
    trigger: 'always',
    agentCalled: false,
    type: 'billing',
    priority: 'medium',
  },
  {
    name: 'asks for a human',
    policy: {},
    text: 'Let me talk to a human',
    trigger: 'human-request',
    agentCalled: false,
  },
  {
    name: 'asks for a human, policy off',
    policy: { humanRequest: false },
    text: 'Let me talk to a human',
    trigger: null,
    agentCalled: true,
  },
  {
    name: 'the agent had no answer, policy opens tickets',
    policy: { noAnswerHandover: 'ticket' },
    text: 'What is the airspeed of a swallow?',
    agent: NO_ANSWER,
    trigger: 'no-answer',
    agentCalled: true,
  },
  {
    name: 'the agent had no answer, default policy only offers a person',
    policy: {},
    text: 'What is the airspeed of a swallow?',
    agent: NO_ANSWER,
    trigger: null,
    agentCalled: true,
  },
  {
    name: 'no answer, policy off',
    policy: { noAnswer: false },
    text: 'What is the airspeed of a swallow?',
    agent: NO_ANSWER,
    trigger: null,
    agentCalled: true,
  },
];

describe('escalation policies', () => {
  it.each(TABLE)('$name', async (row) => {
    const { say, tickets, agent } = setup(row.policy, row.agent);
    const data = await say(row.text);
    const all = await tickets();
    expect(agent.requests.length > 0).toBe(row.agentCalled);
    expect(all.map((ticket) => ticket.trigger)).toEqual(row.trigger ? [row.trigger] : []);
    if (row.trigger) {
      expect(data.ticketDetails?.id).toBe(all[0]?.id);
      expect(all[0]).toMatchObject({ type: row.type ?? 'support', priority: row.priority ?? 'medium' });
    }
  });

  it('opens one ticket per conversation under "always", and never calls the agent', async () => {
    const { say, tickets, agent } = setup({ always: true });
    const first = await say('Hello');
    const second = await say('Are you there?', { conversationId: first.conversationId });
    expect(second.answers).toContain('already have an open ticket');
    expect(await tickets()).toHaveLength(1);
    expect(agent.requests).toHaveLength(0);
  });

  it('puts the requester, the channel with its link and the attribution line on the ticket', async () => {
    const { say, tickets } = setup({});
    await say('Let me talk to a human', { conversationLink: 'https://acme.slack.com/archives/C1/p1000' });
    const [ticket] = await tickets();
    expect(ticket?.requester).toMatchObject({ phone: '+44 20 7946 0000', company: 'Analytical Engines' });
    expect(ticket?.description).toContain(
      '**Channel**: Slack — [open the conversation](https://acme.slack.com/archives/C1/p1000)',
    );
    expect(ticket?.description).toContain('Let me talk to a human');
    expect(ticket?.description.trim().split('\n').at(-1)).toBe(
      'Opened by Frontdesk for Ada Lovelace from Slack.',
    );
  });
});
