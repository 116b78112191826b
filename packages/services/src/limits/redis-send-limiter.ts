/**
 * A send pacer shared by every instance on one Redis: sends into one conversation wait until they
 * fit every window (e.g. Teams' per-conversation limits), counted together across instances.
 */
import { randomBytes } from 'node:crypto';
import type { RedisClient } from '../bus/redis-client.js';

/** One window: at most `points` sends in `durationMs`. */
export interface SendWindow {
  points: number;
  durationMs: number;
}

export interface SendLimiter {
  /** Resolves when a send into `key` fits every window; the send is counted then. */
  acquire(key: string): Promise<void>;
}

/**
 * A sliding log in one sorted set per key, checked and written by one script, so two instances
 * never both take the last slot. Redis' own clock times the sends: instances' clocks may differ.
 * Returns 0 when the send was counted, else how many ms until the earliest window has room.
 * (rate-limiter-flexible's fixed windows would let up to twice a window through across a window
 * boundary; Teams counts sliding windows, as the in-process limiter does.)
 */
const ACQUIRE = `
local key = KEYS[1]
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local longest = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - longest)
local wait = 0
for i = 3, #ARGV, 2 do
  local points = tonumber(ARGV[i])
  local duration = tonumber(ARGV[i + 1])
  local since = '(' .. (now - duration)
  local count = redis.call('ZCOUNT', key, since, '+inf')
  if count >= points then
    local oldest = redis.call('ZRANGEBYSCORE', key, since, '+inf', 'WITHSCORES', 'LIMIT', count - points, 1)
    local until_free = tonumber(oldest[2]) + duration - now
    if until_free > wait then wait = until_free end
  end
end
if wait > 0 then return wait end
redis.call('ZADD', key, now, ARGV[1])
redis.call('PEXPIRE', key, longest)
return 0
`;

/**
 * The limiter on `client`, keys under `<prefix>:send:`. Within one instance sends into one key are
 * granted in order; a Redis that is down makes `acquire` throw (the send fails and is retried by
 * the outbox) rather than send unpaced.
 */
export function createRedisSendLimiter(
  client: RedisClient,
  options: { windows: SendWindow[]; prefix?: string; sleep?: (ms: number) => Promise<void> },
): SendLimiter {
  const prefix = `${options.prefix ?? 'frontdesk'}:send:`;
  const longest = Math.max(...options.windows.map((window) => window.durationMs));
  const windowArgs = options.windows.flatMap((window) => [String(window.points), String(window.durationMs)]);
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const queues = new Map<string, Promise<void>>();

  async function grant(key: string): Promise<void> {
    const member = randomBytes(8).toString('hex');
    for (;;) {
      const wait = Number(
        await client.eval(ACQUIRE, {
          keys: [`${prefix}${key}`],
          arguments: [member, String(longest), ...windowArgs],
        }),
      );
      if (wait <= 0) return;
      await sleep(wait);
    }
  }

  return {
    acquire(key) {
      const previous = queues.get(key) ?? Promise.resolve();
      const turn = previous.then(() => grant(key));
      const settled = turn.catch(() => {});
      queues.set(key, settled);
      void settled.then(() => {
        if (queues.get(key) === settled) queues.delete(key);
      });
      return turn;
    },
  };
}
