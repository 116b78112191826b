/** Opens the Redis connection an instance shares for its event bus, rate limits and readiness check. */
import type { Logger } from 'pino';
import { createClient, type RedisClientType } from 'redis';

export type RedisClient = RedisClientType;

/** Connects to `url` (within 5 s, or throws naming the address without its password). */
export async function openRedis(url: string, logger: Logger): Promise<RedisClient> {
  // No offline queue: while Redis is away a command fails at once (the outbox retries a delivery,
  // a rate-limited request fails) instead of waiting for a reconnect that may take minutes.
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 5_000 },
  }) as RedisClient;
  // Without a listener a lost connection would throw from an event emitter; the client reconnects by itself.
  client.on('error', (error: unknown) => logger.warn({ err: error }, 'Redis connection error'));
  try {
    await client.connect();
  } catch (error) {
    client.destroy();
    throw new Error(`Redis not reachable at ${redactUrl(url)}: ${(error as Error).message}`);
  }
  return client;
}

/** The URL with its password shown as `***`. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the configured URL';
  }
}
