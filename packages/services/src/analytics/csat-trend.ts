/** CSAT per bucket: how many ratings and their average (1–5). */
import type { Store } from '@frontdesk/core';
import type { AnalyticsRange } from './range.js';
import { report } from './report.js';

const average = (total: number, count: number) =>
  count === 0 ? null : Math.round((total / count) * 100) / 100;

export async function csatTrend(store: Store, range: AnalyticsRange) {
  const rows = range.starts.map((start) => ({ start, ratings: 0, average: null as number | null }));
  const totals = rows.map(() => 0);
  for (const sum of await store.sumCsat(range)) {
    const row = rows[sum.bucket];
    if (!row) continue;
    row.ratings += sum.count;
    totals[sum.bucket] = (totals[sum.bucket] ?? 0) + sum.total;
  }
  rows.forEach((row, index) => {
    row.average = average(totals[index] ?? 0, row.ratings);
  });
  const ratings = rows.reduce((sum, row) => sum + row.ratings, 0);
  const total = totals.reduce((sum, value) => sum + value, 0);
  return report(range, ['start', 'ratings', 'average'], rows, { ratings, average: average(total, ratings) });
}
