/** The Teams send pacer on Redis: two instances sending into one conversation stay within its windows together. */
import { randomUUID } from 'node:crypto';
import { openRedis } from '@frontdesk/services/bus/redis-client';
import { createRedisSendLimiter, type SendWindow } from '@frontdesk/services/limits/redis-send-limiter';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { REDIS_TEST_URL } from '../redis-check.js';
import { useTwoRedisClients } from './redis-instances.js';

const logger = pino({ level: 'silent' });

describe('createRedisSendLimiter', () => {
  const clients = useTwoRedisClients();

  it('paces two instances sending into one conversation as one: 3 per 400 ms, not 3 each', async (context) => {
    const [first, second] = clients;
    if (!first || !second) return context.skip();
    const windows: SendWindow[] = [{ points: 3, durationMs: 400 }];
    const prefix = `fdtest-${randomUUID()}`;
    const a = createRedisSendLimiter(first, { windows, prefix });
    const b = createRedisSendLimiter(second, { windows, prefix });
    const started = Date.now();
    const grantedAt: number[] = [];
    const send = async (limiter: typeof a) => {
      await limiter.acquire('conversation-1');
      grantedAt.push(Date.now() - started);
    };
    // Eight sends at once, four from each instance.
    await Promise.all([0, 1, 2, 3].flatMap(() => [send(a), send(b)]));
    expect(grantedAt).toHaveLength(8);
    // Three at once, three more once the window has passed, the last two after two windows (a
    // few ms of slack: Redis' clock times the windows, this process the grants).
    expect(grantedAt.filter((t) => t < 395)).toHaveLength(3);
    expect(grantedAt.filter((t) => t < 795)).toHaveLength(6);
    expect(Math.max(...grantedAt)).toBeLessThan(1500);
  });

  it('keeps conversations apart, and holds the longest window too', async (context) => {
    const [first, second] = clients;
    if (!first || !second) return context.skip();
    const windows: SendWindow[] = [
      { points: 5, durationMs: 200 },
      { points: 6, durationMs: 600 },
    ];
    const prefix = `fdtest-${randomUUID()}`;
    const a = createRedisSendLimiter(first, { windows, prefix });
    const b = createRedisSendLimiter(second, { windows, prefix });
    const started = Date.now();
    for (let index = 0; index < 5; index++) await a.acquire('conversation-1');
    // Another conversation has its own allowance at once.
    await b.acquire('conversation-2');
    expect(Date.now() - started).toBeLessThan(150);
    await b.acquire('conversation-1');
    const sixth = Date.now() - started;
    expect(sixth).toBeGreaterThanOrEqual(190);
    // The seventh waits for the 600 ms window, not the 200 ms one.
    await a.acquire('conversation-1');
    expect(Date.now() - started).toBeGreaterThanOrEqual(590);
  });

  it('fails when Redis is gone rather than sending unpaced', async (context) => {
    if (clients.length === 0) return context.skip();
    const gone = await openRedis(REDIS_TEST_URL, logger);
    const limiter = createRedisSendLimiter(gone, { windows: [{ points: 1, durationMs: 1000 }] });
    await gone.close();
    await expect(limiter.acquire('conversation-1')).rejects.toThrow();
  });
});
