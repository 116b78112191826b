/** 👍/👎 on the bot's answers per bucket, and the share that were 👍. */
import type { Store } from '@frontdesk/core';
import type { AnalyticsRange } from './range.js';
import { report, share } from './report.js';

export async function feedbackTrend(store: Store, range: AnalyticsRange) {
  const rows = range.starts.map((start) => ({
    start,
    helpful: 0,
    not_helpful: 0,
    helpful_share: null as number | null,
  }));
  for (const count of await store.countFeedback(range)) {
    const row = rows[count.bucket];
    if (!row) continue;
    if (count.feedback === 'helpful') row.helpful += count.count;
    else row.not_helpful += count.count;
  }
  for (const row of rows) row.helpful_share = share(row.helpful, row.helpful + row.not_helpful);
  const helpful = rows.reduce((sum, row) => sum + row.helpful, 0);
  const notHelpful = rows.reduce((sum, row) => sum + row.not_helpful, 0);
  return report(range, ['start', 'helpful', 'not_helpful', 'helpful_share'], rows, {
    helpful,
    notHelpful,
    helpfulShare: share(helpful, helpful + notHelpful),
  });
}
