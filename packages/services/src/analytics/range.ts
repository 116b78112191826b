/** The time range of an analytics report: bounded, in whole day or week buckets, with its filters. */
import { type AnalyticsFilter, type Channel, ValidationError } from '@frontdesk/core';

export const DAY_MS = 86_400_000;
/** A longer range is refused: it would be a slow query and an unreadable chart. */
export const MAX_RANGE_DAYS = 366;
/** The default range: the last 30 days, today included. */
const DEFAULT_DAYS = 30;

export interface AnalyticsQuery {
  /** ISO date or date-time; default: midnight UTC 29 days before today. */
  from?: string | undefined;
  /** ISO date or date-time, exclusive; default: now. */
  to?: string | undefined;
  interval: 'day' | 'week';
  botId?: string | undefined;
  channel?: Channel | undefined;
}

export interface AnalyticsRange extends AnalyticsFilter {
  interval: 'day' | 'week';
  /** The ISO start of each bucket, in order. */
  starts: string[];
}

function parseTime(field: 'from' | 'to', value: string): number {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new ValidationError(`${field}: not a date (use e.g. 2026-01-31).`);
  return time;
}

/** The range and buckets a query asks for, refusing backwards or too long ranges with the field's name. */
export function resolveRange(workspaceId: string, query: AnalyticsQuery, now: number): AnalyticsRange {
  const to = query.to ? parseTime('to', query.to) : now;
  const from = query.from
    ? parseTime('from', query.from)
    : Math.floor(to / DAY_MS) * DAY_MS - (DEFAULT_DAYS - 1) * DAY_MS;
  if (from >= to) throw new ValidationError('from: must be before to.');
  if (to - from > MAX_RANGE_DAYS * DAY_MS)
    throw new ValidationError(`from: the range may span at most ${MAX_RANGE_DAYS} days.`);
  const bucketMs = query.interval === 'week' ? 7 * DAY_MS : DAY_MS;
  const count = Math.ceil((to - from) / bucketMs);
  return {
    workspaceId,
    from,
    to,
    bucketMs,
    interval: query.interval,
    starts: Array.from({ length: count }, (_unused, index) =>
      new Date(from + index * bucketMs).toISOString(),
    ),
    ...(query.botId ? { botId: query.botId } : {}),
    ...(query.channel ? { channel: query.channel } : {}),
  };
}
