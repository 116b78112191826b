/** Hand-overs (tickets opened) in the range by reason, most frequent first. */
import type { Store } from '@frontdesk/core';
import type { AnalyticsRange } from './range.js';
import { report, share } from './report.js';

/** What each trigger means to a person reading the report. */
const REASONS: Record<string, string> = {
  'human-request': 'Asked for a person',
  'no-answer': 'The bot had no answer',
  'agent-request': 'The agent handed over',
  always: 'Policy: always',
  keyword: 'Policy: keyword',
  emoji: 'Policy: emoji',
  'ticket-type': 'Policy: ticket type',
};

export async function handoversByReason(store: Store, range: AnalyticsRange) {
  const counts = await store.countHandovers(range);
  const total = counts.reduce((sum, count) => sum + count.count, 0);
  const rows = counts
    .sort((left, right) => right.count - left.count || left.trigger.localeCompare(right.trigger))
    .map((count) => ({
      reason: count.trigger,
      label: REASONS[count.trigger] ?? count.trigger,
      count: count.count,
      share: share(count.count, total),
    }));
  return report(range, ['reason', 'label', 'count', 'share'], rows, { handovers: total });
}
