/** Picks the event bus from the settings: Redis, else PostgreSQL LISTEN/NOTIFY, else in-process. */
import { createInProcessBus, type EventBus } from '@frontdesk/core';
import type { Logger } from 'pino';
import type { Settings } from '../settings/config.js';
import { createPostgresBus } from './postgres-bus.js';
import { createRedisBus } from './redis-bus.js';
import type { RedisClient } from './redis-client.js';

export type BusKind = 'redis' | 'postgres' | 'in-process';

/** The bus for `settings`; `redis` is the instance's shared connection when REDIS_URL is set. */
export async function openBus(
  settings: Pick<Settings, 'databaseUrl' | 'redisPrefix'>,
  redis: RedisClient | undefined,
  logger: Logger,
): Promise<{ bus: EventBus; kind: BusKind }> {
  if (redis) return { bus: await createRedisBus(redis, logger, settings.redisPrefix), kind: 'redis' };
  if (settings.databaseUrl)
    return { bus: await createPostgresBus(settings.databaseUrl, logger), kind: 'postgres' };
  return { bus: createInProcessBus(), kind: 'in-process' };
}
