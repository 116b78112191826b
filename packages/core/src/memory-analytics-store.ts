/** The analytics part of the in-memory Store: the same counts as the SQL queries, by reading every row (fine for tests). */
import {
  type AnalyticsFilter,
  type AnalyticsStore,
  type ConversationOutcomeCount,
  type FirstReplyStats,
  RESOLVED_STATUSES,
} from './analytics-store.js';
import type { Conversation } from './records.js';
import type { Store } from './store.js';

const ALL = { limit: Number.MAX_SAFE_INTEGER, offset: 0 };

/** Adds `by` to the entry of `key`, creating it with `start`. */
function tally<T>(map: Map<string, T>, key: string, start: () => T, add: (entry: T) => void): void {
  const entry = map.get(key) ?? start();
  add(entry);
  map.set(key, entry);
}

/** Analytics over the store's own public reads; `store` is called lazily, once the store exists. */
export function createMemoryAnalyticsPart(store: () => Store): AnalyticsStore {
  const inRange = (filter: AnalyticsFilter, at: number) => at >= filter.from && at < filter.to;
  const bucketOf = (filter: AnalyticsFilter, at: number) => Math.floor((at - filter.from) / filter.bucketMs);

  async function conversationsOf(filter: Pick<AnalyticsFilter, 'workspaceId' | 'botId' | 'channel'>) {
    const { conversations } = await store().listConversations(filter.workspaceId, {
      ...ALL,
      ...(filter.botId ? { botId: filter.botId } : {}),
      ...(filter.channel ? { channel: filter.channel } : {}),
    });
    return new Map<string, Conversation>(
      conversations.map((conversation) => [conversation.id, conversation]),
    );
  }

  async function ticketsOf(filter: Pick<AnalyticsFilter, 'workspaceId' | 'botId' | 'channel'>) {
    const conversations = await conversationsOf(filter);
    const { tickets } = await store().listTickets(filter.workspaceId, {
      ...ALL,
      sort: 'createdAt',
      order: 'asc',
    });
    return tickets.filter((ticket) => conversations.has(ticket.conversationId));
  }

  return {
    async countConversationOutcomes(filter) {
      const counts = new Map<string, ConversationOutcomeCount>();
      const tickets = await ticketsOf(filter);
      for (const conversation of (await conversationsOf(filter)).values()) {
        if (!inRange(filter, conversation.createdAt)) continue;
        const bucket = bucketOf(filter, conversation.createdAt);
        const handedOver = tickets.some((ticket) => ticket.conversationId === conversation.id);
        const messages = await store().listMessages(conversation.id);
        const replied = messages.some((message) => message.role === 'assistant');
        tally(
          counts,
          `${bucket} ${conversation.channel}`,
          () => ({ bucket, channel: conversation.channel, conversations: 0, handedOver: 0, answered: 0 }),
          (entry) => {
            entry.conversations += 1;
            if (handedOver) entry.handedOver += 1;
            else if (replied) entry.answered += 1;
          },
        );
      }
      return [...counts.values()];
    },

    async countHandovers(filter) {
      const counts = new Map<string, { trigger: string; count: number }>();
      for (const ticket of await ticketsOf(filter)) {
        if (!inRange(filter, ticket.createdAt)) continue;
        tally(
          counts,
          ticket.trigger,
          () => ({ trigger: ticket.trigger, count: 0 }),
          (entry) => {
            entry.count += 1;
          },
        );
      }
      return [...counts.values()];
    },

    async countFeedback(filter) {
      const counts = new Map<
        string,
        { bucket: number; feedback: 'helpful' | 'not-helpful'; count: number }
      >();
      for (const conversation of (await conversationsOf(filter)).values()) {
        for (const message of await store().listMessages(conversation.id)) {
          const record = await store().getFeedback(message.id);
          if (!record || !inRange(filter, record.createdAt)) continue;
          const bucket = bucketOf(filter, record.createdAt);
          tally(
            counts,
            `${bucket} ${record.feedback}`,
            () => ({ bucket, feedback: record.feedback, count: 0 }),
            (entry) => {
              entry.count += 1;
            },
          );
        }
      }
      return [...counts.values()];
    },

    async sumCsat(filter) {
      const conversations = await conversationsOf(filter);
      const sums = new Map<string, { bucket: number; count: number; total: number }>();
      for (const answer of await store().listCsat(filter.workspaceId, ALL)) {
        if (!conversations.has(answer.conversationId) || !inRange(filter, answer.createdAt)) continue;
        const bucket = bucketOf(filter, answer.createdAt);
        tally(
          sums,
          String(bucket),
          () => ({ bucket, count: 0, total: 0 }),
          (entry) => {
            entry.count += 1;
            entry.total += answer.score;
          },
        );
      }
      return [...sums.values()];
    },

    async firstReplyTimes(filter) {
      const waits = new Map<number, number[]>();
      for (const ticket of await ticketsOf(filter)) {
        if (!inRange(filter, ticket.createdAt)) continue;
        const replies = (await store().listMessages(ticket.conversationId)).filter(
          (message) => message.role === 'staff' && message.createdAt >= ticket.createdAt,
        );
        if (replies.length === 0) continue;
        const wait = Math.min(...replies.map((message) => message.createdAt)) - ticket.createdAt;
        const bucket = bucketOf(filter, ticket.createdAt);
        waits.set(bucket, [...(waits.get(bucket) ?? []), wait]);
      }
      return [...waits].map(([bucket, list]): FirstReplyStats => {
        const sorted = list.sort((left, right) => left - right);
        const at = (rank: number) => sorted[rank - 1] ?? 0;
        const count = sorted.length;
        return {
          bucket,
          count,
          median: (at(Math.floor((count + 1) / 2)) + at(Math.floor((count + 2) / 2))) / 2,
          p90: at(Math.floor((9 * count + 9) / 10)),
        };
      });
    },

    async countOpenTicketsByAge(filter) {
      const counts = Array.from({ length: filter.edges.length + 1 }, () => 0);
      const resolved = new Set<string>(RESOLVED_STATUSES);
      for (const ticket of await ticketsOf(filter)) {
        if (resolved.has(ticket.status.trim().toLowerCase())) continue;
        const age = filter.now - ticket.createdAt;
        const index = filter.edges.findIndex((edge) => age < edge);
        counts[index === -1 ? filter.edges.length : index]! += 1;
      }
      return counts;
    },
  };
}
