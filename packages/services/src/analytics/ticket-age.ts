/** Open tickets now, by how long they have been open (the range's dates do not apply; bot and channel do). */
import type { Store } from '@frontdesk/core';
import type { AnalyticsRange } from './range.js';
import { report } from './report.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The upper edges of the age groups; the last group is everything older. */
const EDGES = [HOUR, 4 * HOUR, DAY, 3 * DAY, 7 * DAY];
const LABELS = ['<1h', '1-4h', '4-24h', '1-3d', '3-7d', '>7d'];

export async function openTicketsByAge(store: Store, range: AnalyticsRange, now: number) {
  const counts = await store.countOpenTicketsByAge({
    workspaceId: range.workspaceId,
    botId: range.botId,
    channel: range.channel,
    now,
    edges: EDGES,
  });
  const rows = LABELS.map((age, index) => ({ age, count: counts[index] ?? 0 }));
  return report(range, ['age', 'count'], rows, { open: rows.reduce((sum, row) => sum + row.count, 0) });
}
