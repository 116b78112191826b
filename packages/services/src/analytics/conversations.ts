/** Conversations per channel per bucket, and the share the bot answered without handing over to a person. */
import type { Channel, Store } from '@frontdesk/core';
import type { AnalyticsRange } from './range.js';
import { report, share } from './report.js';

const CHANNELS: Channel[] = ['web', 'slack', 'teams', 'api'];

/** Conversations begun in each bucket, one column per channel. */
export async function conversationsPerChannel(store: Store, range: AnalyticsRange) {
  const rows = range.starts.map((start) => ({ start, web: 0, slack: 0, teams: 0, api: 0, total: 0 }));
  for (const count of await store.countConversationOutcomes(range)) {
    const row = rows[count.bucket];
    if (!row) continue;
    row[count.channel] += count.conversations;
    row.total += count.conversations;
  }
  const total = rows.reduce((sum, row) => sum + row.total, 0);
  return report(range, ['start', ...CHANNELS, 'total'], rows, { conversations: total });
}

/** Per bucket: conversations, those answered by the bot with no ticket, those handed over, and the share answered. */
export async function answeredWithoutHandover(store: Store, range: AnalyticsRange) {
  const rows = range.starts.map((start) => ({
    start,
    conversations: 0,
    answered: 0,
    handed_over: 0,
    answered_share: null as number | null,
  }));
  for (const count of await store.countConversationOutcomes(range)) {
    const row = rows[count.bucket];
    if (!row) continue;
    row.conversations += count.conversations;
    row.answered += count.answered;
    row.handed_over += count.handedOver;
  }
  for (const row of rows) row.answered_share = share(row.answered, row.conversations);
  const conversations = rows.reduce((sum, row) => sum + row.conversations, 0);
  const answered = rows.reduce((sum, row) => sum + row.answered, 0);
  const handedOver = rows.reduce((sum, row) => sum + row.handed_over, 0);
  return report(range, ['start', 'conversations', 'answered', 'handed_over', 'answered_share'], rows, {
    conversations,
    answered,
    handedOver,
    answeredShare: share(answered, conversations),
  });
}
