// Two connections to the test Redis, as two instances of the server hold them, for the Redis limiter contracts.
import { openRedis, type RedisClient } from '@frontdesk/services/bus/redis-client';
import pino from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { REDIS_TEST_URL, redisReachable } from '../redis-check.js';

/**
 * Opens two connections before the tests and closes them after; the list stays empty when Redis is
 * not there, so a test skips itself. It fills in `beforeAll`, so read it inside tests only.
 */
export function useTwoRedisClients(): RedisClient[] {
  const logger = pino({ level: 'silent' });
  const clients: RedisClient[] = [];
  beforeAll(async () => {
    if (!(await redisReachable())) return;
    clients.push(await openRedis(REDIS_TEST_URL, logger), await openRedis(REDIS_TEST_URL, logger));
  });
  afterAll(async () => {
    for (const client of clients) await client.close();
  });
  return clients;
}
