/** Store contract: the analytics aggregates, on known data with bucket edges and an even count for the median. */
import type { Channel, MessageRole, Store, TicketTrigger } from '@frontdesk/core';
import { describe, expect, it } from 'vitest';
import { makeBot, makeConversation, makeMessage, makeTicket, makeWorkspace, T0 } from './store-fixtures.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const RANGE = { workspaceId: 'ws_a', from: T0, to: T0 + 3 * DAY, bucketMs: DAY };
const AGE_EDGES = [HOUR, 4 * HOUR, DAY, 3 * DAY, 7 * DAY];

/**
 * c1 (web, day 0) answered, 👍 · c2 (web, last ms of day 0) answered then handed over twice on day 1,
 * 👎 · c3 (slack, first ms of day 1) two resolved tickets, no answer · c4 (web, bot `other`, day 2)
 * answered, 👎, ticket at `to` · c5 (web, before the range) ticket on day 0 · ws_b: one of each.
 */
async function seed(store: Store): Promise<void> {
  for (const workspaceId of ['ws_a', 'ws_b']) {
    await store.createWorkspace(makeWorkspace({ id: workspaceId }));
    await store.saveBot(makeBot({ workspaceId }));
  }
  await store.saveBot(makeBot({ id: 'other' }));
  const conversation = async (id: string, channel: Channel, createdAt: number, more: object = {}) =>
    store.createConversation(
      makeConversation({
        id,
        channel,
        channelKey: `${channel}:${id}`,
        createdAt,
        updatedAt: createdAt,
        ...more,
      }),
    );
  const message = async (id: string, conversationId: string, role: MessageRole, createdAt: number) =>
    store.appendMessage(makeMessage({ id, conversationId, role, createdAt, workspaceId: idWorkspace(id) }));
  const idWorkspace = (id: string) => (id.startsWith('b') ? 'ws_b' : 'ws_a');
  const ticket = async (
    id: string,
    conversationId: string,
    trigger: TicketTrigger,
    createdAt: number,
    status = 'open',
  ) =>
    store.insertTicket(
      makeTicket({
        id,
        externalId: id,
        conversationId,
        trigger,
        status,
        createdAt,
        updatedAt: createdAt,
        workspaceId: idWorkspace(id),
        botId: conversationId === 'c4' ? 'other' : 'demo',
        idempotencyKey: `${conversationId}:${trigger}`,
      }),
    );
  const feedback = async (messageId: string, conversationId: string, helpful: boolean, createdAt: number) =>
    store.saveFeedback({
      messageId,
      conversationId,
      workspaceId: idWorkspace(messageId),
      feedback: helpful ? 'helpful' : 'not-helpful',
      by: 'web:v1',
      createdAt,
    });

  await conversation('c1', 'web', T0 + HOUR);
  await message('m1', 'c1', 'user', T0 + HOUR);
  await message('m1a', 'c1', 'assistant', T0 + HOUR + 1);
  await feedback('m1a', 'c1', true, T0 + 2 * HOUR);

  await conversation('c2', 'web', T0 + DAY - 1);
  await message('m2', 'c2', 'user', T0 + DAY - 1);
  await message('m2a', 'c2', 'assistant', T0 + DAY - 1);
  await feedback('m2a', 'c2', false, T0 + DAY + 5);
  await ticket('t2h', 'c2', 'human-request', T0 + DAY);
  await message('m2s', 'c2', 'staff', T0 + DAY + MINUTE);
  await ticket('t2k', 'c2', 'keyword', T0 + DAY + 200_000, 'Pending');
  await message('m2s2', 'c2', 'staff', T0 + DAY + 500_000);

  await conversation('c3', 'slack', T0 + DAY);
  await message('m3', 'c3', 'user', T0 + DAY);
  await message('m3s0', 'c3', 'staff', T0 + DAY + 500);
  await ticket('t3n', 'c3', 'no-answer', T0 + DAY + 1000, ' Resolved');
  await ticket('t3e', 'c3', 'emoji', T0 + DAY + 2000, 'closed');
  await message('m3s', 'c3', 'staff', T0 + DAY + 121_000);

  await conversation('c4', 'web', T0 + 2 * DAY, { botId: 'other' });
  await message('m4a', 'c4', 'assistant', T0 + 2 * DAY);
  await feedback('m4a', 'c4', false, T0 + 2 * DAY + 5);
  await ticket('t4', 'c4', 'agent-request', T0 + 3 * DAY);

  await conversation('c5', 'web', T0 - 1000);
  await ticket('t5', 'c5', 'always', T0 + 10);

  for (const [id, ticketId, conversationId, score, createdAt] of [
    ['s1', 't2h', 'c2', 4, T0 + DAY + 1000],
    ['s2', 't3n', 'c3', 2, T0 + DAY + 3000],
    ['s3', 't5', 'c5', 5, T0 + 2 * DAY],
  ] as const) {
    await store.saveCsat({ id, workspaceId: 'ws_a', ticketId, conversationId, score, createdAt });
  }

  await conversation('b1', 'web', T0 + HOUR, { workspaceId: 'ws_b' });
  await message('bm', 'b1', 'assistant', T0 + HOUR);
  await feedback('bm', 'b1', true, T0 + HOUR);
  await ticket('bt', 'b1', 'human-request', T0 + HOUR);
  await message('bs', 'b1', 'staff', T0 + 2 * HOUR);
  await store.saveCsat({
    id: 'bs1',
    workspaceId: 'ws_b',
    ticketId: 'bt',
    conversationId: 'b1',
    score: 1,
    createdAt: T0 + HOUR,
  });
}

const byBucket = <T extends { bucket: number }>(rows: T[]) =>
  [...rows].sort(
    (left, right) => left.bucket - right.bucket || JSON.stringify(left).localeCompare(JSON.stringify(right)),
  );

export function describeAnalyticsContract(getStore: () => Store): void {
  describe('analytics', () => {
    it('counts conversations per bucket and channel, and how many were handed over or answered', async () => {
      const store = getStore();
      await seed(store);
      expect(byBucket(await store.countConversationOutcomes(RANGE))).toEqual([
        { bucket: 0, channel: 'web', conversations: 2, handedOver: 1, answered: 1 },
        { bucket: 1, channel: 'slack', conversations: 1, handedOver: 1, answered: 0 },
        { bucket: 2, channel: 'web', conversations: 1, handedOver: 1, answered: 0 },
      ]);
      expect(
        byBucket(await store.countConversationOutcomes({ ...RANGE, botId: 'demo', channel: 'web' })),
      ).toEqual([{ bucket: 0, channel: 'web', conversations: 2, handedOver: 1, answered: 1 }]);
      expect(await store.countConversationOutcomes({ ...RANGE, workspaceId: 'ws_c' })).toEqual([]);
    });

    it('counts the tickets opened in the range by trigger, leaving out the one at `to`', async () => {
      const store = getStore();
      await seed(store);
      const sorted = (rows: { trigger: string; count: number }[]) =>
        [...rows].sort((left, right) => left.trigger.localeCompare(right.trigger));
      expect(sorted(await store.countHandovers(RANGE))).toEqual([
        { trigger: 'always', count: 1 },
        { trigger: 'emoji', count: 1 },
        { trigger: 'human-request', count: 1 },
        { trigger: 'keyword', count: 1 },
        { trigger: 'no-answer', count: 1 },
      ]);
      expect(sorted(await store.countHandovers({ ...RANGE, channel: 'slack' }))).toEqual([
        { trigger: 'emoji', count: 1 },
        { trigger: 'no-answer', count: 1 },
      ]);
    });

    it('counts 👍 and 👎 per bucket of when they were given', async () => {
      const store = getStore();
      await seed(store);
      expect(byBucket(await store.countFeedback(RANGE))).toEqual([
        { bucket: 0, feedback: 'helpful', count: 1 },
        { bucket: 1, feedback: 'not-helpful', count: 1 },
        { bucket: 2, feedback: 'not-helpful', count: 1 },
      ]);
      expect(await store.countFeedback({ ...RANGE, botId: 'other' })).toEqual([
        { bucket: 2, feedback: 'not-helpful', count: 1 },
      ]);
    });

    it('sums CSAT scores per bucket', async () => {
      const store = getStore();
      await seed(store);
      expect(byBucket(await store.sumCsat(RANGE))).toEqual([
        { bucket: 1, count: 2, total: 6 },
        { bucket: 2, count: 1, total: 5 },
      ]);
      expect(await store.sumCsat({ ...RANGE, channel: 'slack' })).toEqual([
        { bucket: 1, count: 1, total: 2 },
      ]);
    });

    it('takes the median and 90th percentile of the first staff reply after each ticket', async () => {
      const store = getStore();
      await seed(store);
      // Day 1 waits: 60 s, 119 s, 120 s, 300 s (the staff note before t3n does not count); t5 has none.
      expect(await store.firstReplyTimes(RANGE)).toEqual([
        { bucket: 1, count: 4, median: 119_500, p90: 300_000 },
      ]);
      expect(await store.firstReplyTimes({ ...RANGE, channel: 'slack' })).toEqual([
        { bucket: 1, count: 2, median: 119_500, p90: 120_000 },
      ]);
      expect(await store.firstReplyTimes({ ...RANGE, channel: 'web' })).toEqual([
        { bucket: 1, count: 2, median: 180_000, p90: 300_000 },
      ]);
    });

    it('counts the open tickets by age, an age on an edge falling in the later group', async () => {
      const store = getStore();
      await seed(store);
      const now = T0 + 3 * DAY + HOUR;
      // t4 is exactly 1 h old; t2h and t2k about 2 days; t5 just over 3 days; t3n and t3e are resolved.
      expect(await store.countOpenTicketsByAge({ workspaceId: 'ws_a', now, edges: AGE_EDGES })).toEqual([
        0, 1, 0, 2, 1, 0,
      ]);
      expect(
        await store.countOpenTicketsByAge({ workspaceId: 'ws_a', botId: 'demo', now, edges: AGE_EDGES }),
      ).toEqual([0, 0, 0, 2, 1, 0]);
      expect(
        await store.countOpenTicketsByAge({ workspaceId: 'ws_a', now: T0 + 30 * DAY, edges: AGE_EDGES }),
      ).toEqual([0, 0, 0, 0, 0, 4]);
    });
  });
}
