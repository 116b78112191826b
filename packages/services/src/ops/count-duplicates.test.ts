import { createMemoryStore } from '@frontdesk/core/testing';
import { describe, expect, it } from 'vitest';
import { countingDuplicates, retryChannelOf } from './count-duplicates.js';

describe('countingDuplicates', () => {
  it('counts a refused retry marker once, by channel, and nothing for a first claim or other markers', async () => {
    const counted: string[] = [];
    const store = countingDuplicates(createMemoryStore(), {
      duplicate: (channel, kind) => counted.push(`${channel}/${kind}`),
    });
    const claim = (key: string) => store.claimMarker({ key, value: '1', expiresAt: 10_000 }, 0);
    expect(await claim('dedupe:ws_1:teams:activity-1')).toBe(true);
    expect(await claim('dedupe:ws_1:teams:activity-1')).toBe(false);
    expect(await claim('slack:event:Ev1')).toBe(true);
    expect(await claim('slack:event:Ev1')).toBe(false);
    expect(await claim('jira-hook:int_1:d1')).toBe(true);
    expect(await claim('jira-hook:int_1:d1')).toBe(false);
    expect(counted).toEqual(['teams/platform-retry', 'slack/platform-retry']);
  });

  it('reads the channel from the marker key', () => {
    expect(retryChannelOf('dedupe:ws_default:web:m1')).toBe('web');
    expect(retryChannelOf('email-sent:m1')).toBeUndefined();
  });
});
