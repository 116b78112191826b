/** What instances share besides the store: the Redis connection (REDIS_URL) and the event bus. */
import type { EventBus } from '@frontdesk/core';
import type { Logger } from 'pino';
import { type BusKind, openBus } from '../bus/open-bus.js';
import { openRedis, type RedisClient } from '../bus/redis-client.js';
import type { Settings } from '../settings/config.js';

export interface SharedConnections {
  /** The instance's Redis connection when REDIS_URL is set. */
  redis?: RedisClient | undefined;
  bus: EventBus;
  /** Which bus carries live events: `redis`, `postgres` (LISTEN/NOTIFY) or `in-process`. */
  busKind: BusKind;
  close(): Promise<void>;
}

/** Connects to Redis (when set) and opens the bus: Redis, else PostgreSQL LISTEN/NOTIFY, else in-process. */
export async function openShared(
  settings: Pick<Settings, 'databaseUrl' | 'redisUrl' | 'redisPrefix'>,
  logger: Logger,
  bus?: EventBus,
): Promise<SharedConnections> {
  const redis = settings.redisUrl ? await openRedis(settings.redisUrl, logger) : undefined;
  try {
    const opened = bus ? { bus, kind: 'in-process' as const } : await openBus(settings, redis, logger);
    return {
      redis,
      bus: opened.bus,
      busKind: opened.kind,
      async close() {
        await opened.bus.close();
        if (redis?.isOpen) await redis.close();
      },
    };
  } catch (error) {
    redis?.destroy();
    throw error;
  }
}
