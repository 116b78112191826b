/** Workspace statistics: conversations, messages and tickets per channel, in day or week buckets. */
import { type Store, ValidationError } from '@frontdesk/core';

const DAY_MS = 86_400_000;
/** More buckets than this is a mistake (or an attempt to make the server build a huge answer). */
const MAX_BUCKETS = 400;

type Counts = { conversations: number; messages: number; tickets: number };
const zero = (): Counts => ({ conversations: 0, messages: 0, tickets: 0 });

export interface StatisticsRange {
  from?: string | undefined;
  to?: string | undefined;
  interval: 'day' | 'week';
}

/** Buckets from `from` (each `interval` long), with counts per channel and totals. */
export async function workspaceStatistics(
  store: Store,
  workspaceId: string,
  range: StatisticsRange,
  now: number,
) {
  const bucketMs = range.interval === 'week' ? 7 * DAY_MS : DAY_MS;
  const to = range.to ? Date.parse(range.to) : now;
  // By default, whole days: from midnight UTC thirty days back.
  const from = range.from ? Date.parse(range.from) : Math.floor(to / DAY_MS) * DAY_MS - 30 * DAY_MS;
  if (from >= to) throw new ValidationError('from: must be before to.');
  const count = Math.ceil((to - from) / bucketMs);
  if (count > MAX_BUCKETS)
    throw new ValidationError(`from: at most ${MAX_BUCKETS} ${range.interval}s at once.`);

  const buckets = Array.from({ length: count }, (_unused, index) => ({
    start: new Date(from + index * bucketMs).toISOString(),
    channels: {} as Record<string, Counts>,
  }));
  const totals = zero();
  for (const row of await store.countActivity(workspaceId, { from, to, bucketMs })) {
    const bucket = buckets[row.bucket];
    if (!bucket) continue;
    const counts = bucket.channels[row.channel] ?? zero();
    bucket.channels[row.channel] = counts;
    counts[row.kind] += row.count;
    totals[row.kind] += row.count;
  }
  return {
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    interval: range.interval,
    totals,
    buckets,
  };
}
