/** Redis for tests: where it is (TEST_REDIS_URL, else the local one) and whether it answers. */
import { createClient } from 'redis';
import { serviceReachable } from './service-check.js';

export const REDIS_TEST_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** True when Redis answers PING; see `serviceReachable` for skipping and CI. */
export function redisReachable(): Promise<boolean> {
  return serviceReachable('Redis', REDIS_TEST_URL, async () => {
    const client = createClient({
      url: REDIS_TEST_URL,
      socket: { connectTimeout: 2500, reconnectStrategy: false },
    });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.ping();
    } finally {
      if (client.isOpen) await client.close();
    }
  });
}
