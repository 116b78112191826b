import { createMemoryStore } from '@frontdesk/core/testing';
import { describe, expect, it } from 'vitest';
import { answeredWithoutHandover, conversationsPerChannel } from './conversations.js';
import { csatTrend } from './csat-trend.js';
import { firstReplyTimes } from './first-reply.js';
import { DAY_MS, resolveRange } from './range.js';
import { reportCsv } from './report.js';
import { openTicketsByAge } from './ticket-age.js';

const NOW = Date.parse('2026-03-10T12:00:00Z');
const MIDNIGHT = Date.parse('2026-03-10T00:00:00Z');

async function seeded() {
  const store = createMemoryStore();
  await store.createWorkspace({ id: 'ws', name: 'W', createdAt: 0 });
  await store.saveBot({
    id: 'demo',
    workspaceId: 'ws',
    name: 'Demo',
    enabled: true,
    agent: { kind: 'embedded', knowledgeDir: 'x' },
    settings: {} as never,
    createdAt: 0,
    updatedAt: 0,
  });
  const conversation = (id: string, channel: 'web' | 'slack', createdAt: number) =>
    store.createConversation({
      id,
      workspaceId: 'ws',
      botId: 'demo',
      channel,
      channelKey: id,
      requester: null,
      createdAt,
      updatedAt: createdAt,
    });
  const message = (id: string, conversationId: string, role: 'assistant' | 'staff', createdAt: number) =>
    store.appendMessage({
      id,
      workspaceId: 'ws',
      conversationId,
      role,
      text: 'x',
      sources: [],
      ticketId: null,
      createdAt,
    });
  // Yesterday: two web conversations (one answered, one handed over), today one on Slack.
  await conversation('a', 'web', MIDNIGHT - DAY_MS);
  await message('a1', 'a', 'assistant', MIDNIGHT - DAY_MS + 1);
  await conversation('b', 'web', MIDNIGHT - 1);
  await message('b1', 'b', 'assistant', MIDNIGHT - 1);
  await conversation('c', 'slack', MIDNIGHT);
  const ticket = {
    workspaceId: 'ws',
    botId: 'demo',
    conversationId: 'b',
    trigger: 'human-request' as const,
    sink: 'builtin',
    url: null,
    type: 't',
    status: 'open',
    priority: 'p',
    summary: 's',
    description: 'd',
    requester: null,
  };
  await store.insertTicket({
    ...ticket,
    id: 't1',
    externalId: 't1',
    idempotencyKey: 'b:1',
    createdAt: MIDNIGHT - 1000,
    updatedAt: 0,
  });
  await message('b2', 'b', 'staff', MIDNIGHT - 1000 + 90_000);
  await store.insertTicket({
    ...ticket,
    id: 't2',
    externalId: 't2',
    idempotencyKey: 'b:2',
    createdAt: MIDNIGHT + 100_000,
    updatedAt: 0,
    status: 'solved',
  });
  await message('b3', 'b', 'staff', MIDNIGHT + 130_000);
  await store.saveCsat({
    id: 's1',
    workspaceId: 'ws',
    ticketId: 't1',
    conversationId: 'b',
    score: 4,
    createdAt: MIDNIGHT + 5,
  });
  await store.saveCsat({
    id: 's2',
    workspaceId: 'ws',
    ticketId: 't2',
    conversationId: 'b',
    score: 5,
    createdAt: MIDNIGHT + 6,
  });
  return store;
}

describe('resolveRange', () => {
  it('defaults to 30 day buckets from midnight UTC, ending now', () => {
    const range = resolveRange('ws', { interval: 'day' }, NOW);
    expect(range.starts).toHaveLength(30);
    expect(range.starts.at(-1)).toBe('2026-03-10T00:00:00.000Z');
    expect(range.to).toBe(NOW);
  });

  it('counts weeks and refuses backwards, unparsable or too long ranges by field', () => {
    expect(
      resolveRange('ws', { interval: 'week', from: '2026-01-01', to: '2026-01-15' }, NOW).starts,
    ).toEqual(['2026-01-01T00:00:00.000Z', '2026-01-08T00:00:00.000Z']);
    expect(() => resolveRange('ws', { interval: 'day', from: '2026-02-01', to: '2026-01-01' }, NOW)).toThrow(
      /^from:/,
    );
    expect(() => resolveRange('ws', { interval: 'day', to: 'soon' }, NOW)).toThrow(/^to: not a date/);
    expect(() => resolveRange('ws', { interval: 'day', from: '2024-01-01', to: '2026-01-01' }, NOW)).toThrow(
      /^from: the range may span at most 366 days/,
    );
  });
});

describe('analytics reports', () => {
  const range = resolveRange('ws', { interval: 'day', from: '2026-03-09', to: '2026-03-11' }, NOW);

  it('puts a conversation at 23:59:59.999 in its own day and one at midnight in the next', async () => {
    const store = await seeded();
    expect((await conversationsPerChannel(store, range)).rows).toEqual([
      { start: '2026-03-09T00:00:00.000Z', web: 2, slack: 0, teams: 0, api: 0, total: 2 },
      { start: '2026-03-10T00:00:00.000Z', web: 0, slack: 1, teams: 0, api: 0, total: 1 },
    ]);
    const answered = await answeredWithoutHandover(store, range);
    expect(answered.rows[0]).toMatchObject({
      conversations: 2,
      answered: 1,
      handed_over: 1,
      answered_share: 0.5,
    });
    expect(answered.totals).toEqual({ conversations: 3, answered: 1, handedOver: 1, answeredShare: 0.3333 });
  });

  it('averages CSAT per day and takes first-reply times in seconds, the range total computed on its own', async () => {
    const store = await seeded();
    const csat = await csatTrend(store, range);
    expect(csat.rows.map((row) => [row.ratings, row.average])).toEqual([
      [0, null],
      [2, 4.5],
    ]);
    const replies = await firstReplyTimes(store, range);
    expect(replies.rows.map((row) => [row.replied, row.median_seconds, row.p90_seconds])).toEqual([
      [1, 90, 90],
      [1, 30, 30],
    ]);
    expect(replies.totals).toEqual({ replied: 2, medianSeconds: 60, p90Seconds: 90 });
  });

  it('counts only unresolved tickets by age', async () => {
    const store = await seeded();
    const ages = await openTicketsByAge(store, range, MIDNIGHT + 2 * 3_600_000);
    expect(ages.rows.map((row) => row.count)).toEqual([0, 1, 0, 0, 0, 0]);
    expect(ages.totals).toEqual({ open: 1 });
  });
});

describe('reportCsv', () => {
  it('quotes commas, quotes and line breaks, defuses formulas and leaves null cells empty', () => {
    const csv = reportCsv({
      columns: ['label', 'count', 'share'],
      rows: [
        { label: 'Say "hi", then\nwait', count: 2, share: null },
        { label: '=cmd()', count: 1, share: 0.5 },
      ],
    });
    expect(csv).toBe('label,count,share\r\n"Say ""hi"", then\nwait",2,\r\n\'=cmd(),1,0.5\r\n');
  });
});
