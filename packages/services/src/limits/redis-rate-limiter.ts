/** The core's RateLimiter port on Redis (rate-limiter-flexible's RateLimiterRedis): one count across instances. */
import type { RateLimiter } from '@frontdesk/core';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import type { RedisClient } from '../bus/redis-client.js';
import { createWindowedLimiter } from '../rate-limiter.js';

/**
 * Counters in Redis, so every instance behind a load balancer counts the same client together. A
 * Redis that is down lets nothing through unseen: `consume` throws and the request fails.
 */
export function createRedisRateLimiter(client: RedisClient, prefix = 'frontdesk'): RateLimiter {
  return createWindowedLimiter(
    (window, keyPrefix) =>
      new RateLimiterRedis({
        storeClient: client,
        useRedisPackage: true,
        rejectIfRedisNotReady: true,
        keyPrefix: `${prefix}:rl:${keyPrefix}`,
        points: window.points,
        duration: window.durationMs / 1000,
      }),
  );
}
