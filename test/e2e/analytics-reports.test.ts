// Analytics reports over HTTP: known rows in the real server's database, read back as JSON and CSV.
import type { MessageRole, Ticket } from '@frontdesk/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWNER_TOKEN, startTestServer, type TestServer } from './harness.js';

let server: TestServer;
const DAY = 86_400_000;
const JAN1 = Date.parse('2026-01-01T00:00:00Z');

const get = (path: string) =>
  fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${OWNER_TOKEN}` } });

async function seed(): Promise<void> {
  const { store } = server;
  const conversation = (id: string, channel: 'web' | 'slack', createdAt: number) =>
    store.createConversation({
      id,
      workspaceId: 'ws_default',
      botId: 'demo',
      channel,
      channelKey: `test:${id}`,
      requester: null,
      createdAt,
      updatedAt: createdAt,
    });
  const message = (id: string, conversationId: string, role: MessageRole, createdAt: number) =>
    store.appendMessage({
      id,
      workspaceId: 'ws_default',
      conversationId,
      role,
      text: 'text',
      sources: [],
      ticketId: null,
      createdAt,
    });
  const ticket = (id: string, conversationId: string, createdAt: number, trigger: Ticket['trigger']) =>
    store.insertTicket({
      id,
      workspaceId: 'ws_default',
      botId: 'demo',
      conversationId,
      trigger,
      sink: 'builtin',
      externalId: id,
      url: null,
      type: 'support',
      status: 'open',
      priority: 'normal',
      summary: 'Help',
      description: 'Help',
      requester: null,
      idempotencyKey: `${conversationId}:${trigger}`,
      createdAt,
      updatedAt: createdAt,
    });
  // 1 January: two web conversations, one answered, one handed over (staff reply after 2 minutes).
  await conversation('an_a', 'web', JAN1 + 1000);
  await message('an_a1', 'an_a', 'assistant', JAN1 + 2000);
  await store.saveFeedback({
    messageId: 'an_a1',
    workspaceId: 'ws_default',
    conversationId: 'an_a',
    feedback: 'helpful',
    by: 'web:v',
    createdAt: JAN1 + 3000,
  });
  await conversation('an_b', 'web', JAN1 + DAY - 1);
  await ticket('an_t1', 'an_b', JAN1 + DAY - 1, 'human-request');
  await message('an_b1', 'an_b', 'staff', JAN1 + DAY - 1 + 120_000);
  // 2 January: one Slack conversation the bot could not answer.
  await conversation('an_c', 'slack', JAN1 + DAY);
  await ticket('an_t2', 'an_c', JAN1 + DAY + 10, 'no-answer');
  await store.saveCsat({
    id: 'an_s',
    workspaceId: 'ws_default',
    ticketId: 'an_t1',
    conversationId: 'an_b',
    score: 3,
    createdAt: JAN1 + DAY + 50,
  });
}

beforeAll(async () => {
  server = await startTestServer();
  await seed();
});
afterAll(async () => {
  await server?.close();
});

const RANGE = 'from=2026-01-01&to=2026-01-03';

describe('GET /v1/analytics/{report}', () => {
  it('counts conversations per channel and day, the later one at midnight in its own day', async () => {
    const response = await get(`/v1/analytics/conversations?${RANGE}`);
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { rows: unknown[]; totals: unknown } };
    expect(data.rows).toEqual([
      { start: '2026-01-01T00:00:00.000Z', web: 2, slack: 0, teams: 0, api: 0, total: 2 },
      { start: '2026-01-02T00:00:00.000Z', web: 0, slack: 1, teams: 0, api: 0, total: 1 },
    ]);
    expect(data.totals).toEqual({ conversations: 3 });
  });

  it('gives hand-overs by reason, the answered share, 👍/👎, CSAT and first-reply times', async () => {
    const read = async (path: string) =>
      ((await (await get(`/v1/analytics/${path}`)).json()) as { data: { rows: unknown[]; totals: unknown } })
        .data;
    expect((await read(`handovers?${RANGE}`)).rows).toEqual([
      { reason: 'human-request', label: 'Asked for a person', count: 1, share: 0.5 },
      { reason: 'no-answer', label: 'The bot had no answer', count: 1, share: 0.5 },
    ]);
    expect((await read(`answered?${RANGE}`)).totals).toEqual({
      conversations: 3,
      answered: 1,
      handedOver: 2,
      answeredShare: 0.3333,
    });
    expect((await read(`feedback?${RANGE}&channel=web`)).totals).toEqual({
      helpful: 1,
      notHelpful: 0,
      helpfulShare: 1,
    });
    expect((await read(`csat?${RANGE}`)).rows).toEqual([
      { start: '2026-01-01T00:00:00.000Z', ratings: 0, average: null },
      { start: '2026-01-02T00:00:00.000Z', ratings: 1, average: 3 },
    ]);
    expect((await read(`first-reply?${RANGE}`)).totals).toEqual({
      replied: 1,
      medianSeconds: 120,
      p90Seconds: 120,
    });
    expect((await read('ticket-age')).totals).toEqual({ open: 2 });
  });

  it('answers CSV as an attachment, one row per bucket', async () => {
    const response = await get(`/v1/analytics/answered?${RANGE}&format=csv`);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="analytics-answered-2026-01-01-to-2026-01-03.csv"',
    );
    expect(await response.text()).toBe(
      'start,conversations,answered,handed_over,answered_share\r\n' +
        '2026-01-01T00:00:00.000Z,2,1,1,0.5\r\n' +
        '2026-01-02T00:00:00.000Z,1,0,1,0\r\n',
    );
  });

  it('refuses unknown parameters, bad values and ranges over 366 days, naming the field', async () => {
    const refused = async (query: string) => {
      const response = await get(`/v1/analytics/csat?${query}`);
      expect(response.status).toBe(400);
      return ((await response.json()) as { message: string }).message;
    };
    expect(await refused('colour=red')).toMatch(/colour/);
    expect(await refused('channel=fax')).toMatch(/^channel/);
    expect(await refused('interval=month')).toMatch(/^interval/);
    expect(await refused('from=2024-01-01&to=2026-01-01')).toMatch(
      /^from: the range may span at most 366 days/,
    );
    expect(await refused('from=2026-02-01&to=2026-01-01')).toMatch(/^from: must be before to/);
  });
});
