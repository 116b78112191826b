/**
 * The AnalyticsStore port over any Kysely dialect: every figure is one aggregate query, so a report
 * over a busy workspace reads a few rows per bucket, never every message. Plain SQL that SQLite and
 * PostgreSQL both speak (window functions included).
 */
import type { AnalyticsFilter, AnalyticsStore, Channel, FirstReplyStats } from '@frontdesk/core';
import { RESOLVED_STATUSES } from '@frontdesk/core';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from './database.js';

/** The bucket index of `column` (ms) from `filter.from`. */
const bucketOf = (column: string, filter: AnalyticsFilter) =>
  sql`cast((${sql.ref(column)} - ${filter.from}) / ${filter.bucketMs} as integer)`;

/** The conversation filters: workspace, and bot and channel when given (`c` is the conversation). */
function conversationFilter(filter: {
  workspaceId: string;
  botId?: string | undefined;
  channel?: Channel | undefined;
}): RawBuilder<unknown> {
  return sql`c.workspace_id = ${filter.workspaceId}${filter.botId ? sql` and c.bot_id = ${filter.botId}` : sql``}${filter.channel ? sql` and c.channel = ${filter.channel}` : sql``}`;
}

/** `column` in [from, to). */
const within = (column: string, filter: AnalyticsFilter) =>
  sql`${sql.ref(column)} >= ${filter.from} and ${sql.ref(column)} < ${filter.to}`;

export function createSqlAnalyticsPart(db: Kysely<Database>): AnalyticsStore {
  async function rows<T>(query: RawBuilder<T>): Promise<T[]> {
    return (await query.execute(db)).rows;
  }

  return {
    async countConversationOutcomes(filter) {
      const hasTicket = sql`exists (select 1 from tickets t where t.conversation_id = c.id)`;
      const hasAnswer = sql`exists (select 1 from messages m where m.conversation_id = c.id and m.role = 'assistant')`;
      const found = await rows(sql<{
        bucket: number;
        channel: string;
        conversations: number;
        handed_over: number;
        answered: number;
      }>`select ${bucketOf('c.created_at', filter)} as bucket, c.channel as channel,
          count(*) as conversations,
          sum(case when ${hasTicket} then 1 else 0 end) as handed_over,
          sum(case when not ${hasTicket} and ${hasAnswer} then 1 else 0 end) as answered
        from conversations c
        where ${conversationFilter(filter)} and ${within('c.created_at', filter)}
        group by 1, 2`);
      return found.map((row) => ({
        bucket: Number(row.bucket),
        channel: row.channel as Channel,
        conversations: Number(row.conversations),
        handedOver: Number(row.handed_over),
        answered: Number(row.answered),
      }));
    },

    async countHandovers(filter) {
      const found = await rows(sql<{ trigger: string; count: number }>`
        select t.trigger as trigger, count(*) as count
        from tickets t join conversations c on c.id = t.conversation_id
        where t.workspace_id = ${filter.workspaceId} and ${conversationFilter(filter)}
          and ${within('t.created_at', filter)}
        group by t.trigger`);
      return found.map((row) => ({ trigger: row.trigger, count: Number(row.count) }));
    },

    async countFeedback(filter) {
      const found = await rows(sql<{ bucket: number; feedback: string; count: number }>`
        select ${bucketOf('f.created_at', filter)} as bucket, f.feedback as feedback, count(*) as count
        from message_feedback f join conversations c on c.id = f.conversation_id
        where f.workspace_id = ${filter.workspaceId} and ${conversationFilter(filter)}
          and ${within('f.created_at', filter)}
        group by 1, 2`);
      return found.map((row) => ({
        bucket: Number(row.bucket),
        feedback: row.feedback === 'helpful' ? 'helpful' : 'not-helpful',
        count: Number(row.count),
      }));
    },

    async sumCsat(filter) {
      const found = await rows(sql<{ bucket: number; count: number; total: number }>`
        select ${bucketOf('a.created_at', filter)} as bucket, count(*) as count, sum(a.score) as total
        from csat_answers a join conversations c on c.id = a.conversation_id
        where a.workspace_id = ${filter.workspaceId} and ${conversationFilter(filter)}
          and ${within('a.created_at', filter)}
        group by 1`);
      return found.map((row) => ({
        bucket: Number(row.bucket),
        count: Number(row.count),
        total: Number(row.total),
      }));
    },

    async firstReplyTimes(filter) {
      // Per bucket, only the rows at the median's and the 90th percentile's ranks come back.
      const found = await rows(sql<{ bucket: number; wait: number; place: number; total: number }>`
        with waits as (
          select ${bucketOf('t.created_at', filter)} as bucket,
            (select min(m.created_at) from messages m
              where m.conversation_id = t.conversation_id and m.role = 'staff'
                and m.created_at >= t.created_at) - t.created_at as wait
          from tickets t join conversations c on c.id = t.conversation_id
          where t.workspace_id = ${filter.workspaceId} and ${conversationFilter(filter)}
            and ${within('t.created_at', filter)}
        ), ranked as (
          select bucket, wait,
            row_number() over (partition by bucket order by wait) as place,
            count(*) over (partition by bucket) as total
          from waits where wait is not null
        )
        select bucket, wait, place, total from ranked
        where place = (total + 1) / 2 or place = (total + 2) / 2 or place = (9 * total + 9) / 10`);
      const stats = new Map<number, { count: number; ranks: Map<number, number> }>();
      for (const row of found) {
        const bucket = Number(row.bucket);
        const entry = stats.get(bucket) ?? { count: Number(row.total), ranks: new Map() };
        entry.ranks.set(Number(row.place), Number(row.wait));
        stats.set(bucket, entry);
      }
      return [...stats].map(([bucket, { count, ranks }]): FirstReplyStats => {
        const at = (rank: number) => ranks.get(rank) ?? 0;
        return {
          bucket,
          count,
          median: (at(Math.floor((count + 1) / 2)) + at(Math.floor((count + 2) / 2))) / 2,
          p90: at(Math.floor((9 * count + 9) / 10)),
        };
      });
    },

    async countOpenTicketsByAge(filter) {
      const age = sql`(${filter.now} - t.created_at)`;
      const cases = filter.edges.map((edge, index) => sql`when ${age} < ${edge} then ${sql.lit(index)}`);
      const resolved = sql.join(RESOLVED_STATUSES.map((status) => sql.lit(status)));
      const found = await rows(sql<{ bucket: number; count: number }>`
        select case ${sql.join(cases, sql` `)} else ${sql.lit(filter.edges.length)} end as bucket,
          count(*) as count
        from tickets t join conversations c on c.id = t.conversation_id
        where t.workspace_id = ${filter.workspaceId} and ${conversationFilter(filter)}
          and lower(trim(t.status)) not in (${resolved})
        group by 1`);
      const counts = Array.from({ length: filter.edges.length + 1 }, () => 0);
      for (const row of found) counts[Number(row.bucket)] = Number(row.count);
      return counts;
    },
  };
}
