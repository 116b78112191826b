/** How the analytics screen writes its numbers: bucket dates in UTC, shares as percentages, waits as durations. */

export interface Report {
  from: string;
  to: string;
  interval: 'day' | 'week';
  columns: string[];
  rows: Record<string, string | number | null>[];
  totals: Record<string, number | null>;
}

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "3 Jan", or "Week of 3 Jan". */
export function bucketLabel(start: string, interval: 'day' | 'week'): string {
  const day = DAY.format(new Date(start));
  return interval === 'week' ? `Week of ${day}` : day;
}

/** 0.5 → "50%"; null → "–". */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : `${Math.round(value * 1000) / 10}%`;
}

/** 75 → "1m 15s", 7200 → "2h 0m"; null → "–". */
export function duration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '–';
  if (seconds < 60) return `${seconds}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m ${seconds % 60}s`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)}h ${Math.floor((seconds % 3600) / 60)}m`;
  return `${Math.floor(seconds / 86_400)}d ${Math.floor((seconds % 86_400) / 3600)}h`;
}

/** A count with its noun, "1 rating" or "3 ratings". */
export function plural(count: number | null | undefined, noun: string): string {
  const value = count ?? 0;
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}
