import { describe, expect, it } from 'vitest';
import { createConversationLimiter } from './conversation-limiter.js';

/** A clock that only moves when the limiter sleeps. */
function fakeTime() {
  let now = 0;
  return {
    now: () => now,
    sleep: async (ms: number) => {
      now += ms;
    },
  };
}

describe('createConversationLimiter', () => {
  it('holds a burst to 7 a second and 8 per 2 seconds in one conversation', async () => {
    const time = fakeTime();
    const limiter = createConversationLimiter(time);
    const grantedAt: number[] = [];
    for (let index = 0; index < 10; index++) {
      await limiter.acquire('conversation-a');
      grantedAt.push(time.now());
    }
    expect(grantedAt).toEqual([0, 0, 0, 0, 0, 0, 0, 1000, 2000, 2000]);
  });

  it('keeps conversations apart', async () => {
    const time = fakeTime();
    const limiter = createConversationLimiter(time);
    for (let index = 0; index < 7; index++) await limiter.acquire('conversation-a');
    await limiter.acquire('conversation-b');
    expect(time.now()).toBe(0);
  });

  it('holds 60 per 30 seconds', async () => {
    const time = fakeTime();
    const limiter = createConversationLimiter(time);
    for (let index = 0; index < 61; index++) await limiter.acquire('conversation-a');
    // 8 every 2 s reaches 60 sends by 14 s; the 61st waits for the first to leave the 30 s window.
    expect(time.now()).toBe(30_000);
  });
});
