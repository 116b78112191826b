/** Rate limits on Redis: two limiters (two instances) on one Redis count one client together. */
import { randomUUID } from 'node:crypto';
import { parseRateLimitPolicy } from '@frontdesk/core';
import { openRedis } from '@frontdesk/services/bus/redis-client';
import { createRedisRateLimiter } from '@frontdesk/services/limits/redis-rate-limiter';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { REDIS_TEST_URL } from '../redis-check.js';
import { useTwoRedisClients } from './redis-instances.js';

const logger = pino({ level: 'silent' });

describe('createRedisRateLimiter', () => {
  const clients = useTwoRedisClients();

  it('shares one allowance between instances and says when to come back', async (context) => {
    const [first, second] = clients;
    if (!first || !second) return context.skip();
    const a = createRedisRateLimiter(first);
    const b = createRedisRateLimiter(second);
    const policy = parseRateLimitPolicy('5/60s');
    const client = `client-${randomUUID()}`;
    const decisions = [];
    for (let request = 0; request < 6; request++) {
      decisions.push(await (request % 2 === 0 ? a : b).consume(client, policy));
    }
    expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, true, true, true, false]);
    const refused = decisions[5];
    if (!refused || refused.allowed) throw new Error('expected a refusal');
    expect(refused.limit).toBe(5);
    expect(refused.retryAfterMs).toBeGreaterThan(50_000);
    expect(refused.retryAfterMs).toBeLessThanOrEqual(60_000);
    // Another client has its own allowance.
    expect((await b.consume(`other-${randomUUID()}`, policy)).allowed).toBe(true);
  });

  it('tells another instance what a key has used without using any (the sign-in lockout)', async (context) => {
    const [first, second] = clients;
    if (!first || !second) return context.skip();
    const window = { points: 5, durationMs: 60_000 };
    const key = `signin-${randomUUID()}`;
    const a = createRedisRateLimiter(first);
    await a.consume(key, [window]);
    await a.consume(key, [window]);
    const b = createRedisRateLimiter(second);
    expect((await b.used?.(key, window))?.points).toBe(2);
    expect((await b.used?.(key, window))?.points).toBe(2);
  });

  it('fails loudly when Redis is gone instead of letting everything through', async (context) => {
    if (clients.length === 0) return context.skip();
    const gone = await openRedis(REDIS_TEST_URL, logger);
    const limiter = createRedisRateLimiter(gone);
    await gone.close();
    await expect(limiter.consume('client', parseRateLimitPolicy('5/60s'))).rejects.toThrow();
  });
});
