/** Time from a hand-over (ticket) to the first staff reply: median and 90th percentile per bucket, in seconds. */
import type { Store } from '@frontdesk/core';
import type { AnalyticsRange } from './range.js';
import { report } from './report.js';

const seconds = (ms: number) => Math.round(ms / 1000);

export async function firstReplyTimes(store: Store, range: AnalyticsRange) {
  const rows = range.starts.map((start) => ({
    start,
    replied: 0,
    median_seconds: null as number | null,
    p90_seconds: null as number | null,
  }));
  for (const stats of await store.firstReplyTimes(range)) {
    const row = rows[stats.bucket];
    if (!row) continue;
    row.replied = stats.count;
    row.median_seconds = seconds(stats.median);
    row.p90_seconds = seconds(stats.p90);
  }
  // The whole range as one bucket: a median of medians would be wrong.
  const [whole] = await store.firstReplyTimes({ ...range, bucketMs: range.to - range.from });
  return report(range, ['start', 'replied', 'median_seconds', 'p90_seconds'], rows, {
    replied: whole?.count ?? 0,
    medianSeconds: whole ? seconds(whole.median) : null,
    p90Seconds: whole ? seconds(whole.p90) : null,
  });
}
