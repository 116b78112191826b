/** The core's RateLimiter port on rate-limiter-flexible: in memory, or in a SQLite file that outlives restarts. */
import type { RateLimitDecision, RateLimiter, RateLimitWindow } from '@frontdesk/core';
import Database from 'better-sqlite3';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRes,
  RateLimiterSQLite,
} from 'rate-limiter-flexible';

interface WindowOutcome {
  window: RateLimitWindow;
  allowed: boolean;
  remaining: number;
  resetMs: number;
}

/** In memory: one process, counts start again at a restart (tests, benchmarks). */
export function createMemoryRateLimiter(): RateLimiter {
  return createWindowedLimiter(
    (window) => new RateLimiterMemory({ points: window.points, duration: window.durationMs / 1000 }),
  );
}

/**
 * Counters kept in their own SQLite file (not the main database: its writes would wait on the
 * main connection's group commit), so a restart does not hand every client a fresh allowance.
 */
export async function createSqliteRateLimiter(file: string): Promise<RateLimiter & { close(): void }> {
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  const tableName = 'rate_limits';
  // The first limiter creates the table; the others are told it exists.
  await new Promise<void>((resolve, reject) => {
    new RateLimiterSQLite(
      { storeClient: database, storeType: 'better-sqlite3', tableName, points: 1, duration: 1 },
      (error?: Error) => (error ? reject(error) : resolve()),
    );
  });
  const limiter = createWindowedLimiter(
    (window, keyPrefix) =>
      new RateLimiterSQLite({
        storeClient: database,
        storeType: 'better-sqlite3',
        tableName,
        tableCreated: true,
        keyPrefix,
        points: window.points,
        duration: window.durationMs / 1000,
      }),
  );
  return { ...limiter, close: () => database.close() };
}

/**
 * A limiter that counts every window of a policy for each key. Every window is consumed even
 * when another refuses, so hammering a short window still counts toward the long one.
 */
function createWindowedLimiter(
  make: (window: RateLimitWindow, keyPrefix: string) => RateLimiterAbstract,
): RateLimiter {
  const limiters = new Map<string, RateLimiterAbstract>();

  function limiterFor(window: RateLimitWindow): RateLimiterAbstract {
    const cacheKey = `${window.points}/${window.durationMs}`;
    let limiter = limiters.get(cacheKey);
    if (!limiter) {
      limiter = make(window, `w${cacheKey}`);
      limiters.set(cacheKey, limiter);
    }
    return limiter;
  }

  async function consumeWindow(key: string, window: RateLimitWindow): Promise<WindowOutcome> {
    try {
      const result = await limiterFor(window).consume(key);
      return { window, allowed: true, remaining: result.remainingPoints, resetMs: result.msBeforeNext };
    } catch (rejection) {
      // rate-limiter-flexible rejects with a RateLimiterRes when over the limit, an Error otherwise.
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return { window, allowed: false, remaining: 0, resetMs: rejection.msBeforeNext };
    }
  }

  return {
    async used(key, window) {
      const result = await limiterFor(window).get(key);
      return { points: result?.consumedPoints ?? 0, resetMs: result?.msBeforeNext ?? 0 };
    },
    async consume(key, policy): Promise<RateLimitDecision> {
      if (policy.length === 0) {
        return {
          allowed: true,
          limit: Number.POSITIVE_INFINITY,
          remaining: Number.POSITIVE_INFINITY,
          resetMs: 0,
        };
      }
      const outcomes = await Promise.all(policy.map((window) => consumeWindow(key, window)));
      const refused = outcomes.filter((outcome) => !outcome.allowed);
      if (refused.length > 0) {
        // The caller may come back only when every refusing window has room again.
        const longest = refused.reduce((a, b) => (b.resetMs > a.resetMs ? b : a));
        return {
          allowed: false,
          limit: longest.window.points,
          remaining: 0,
          resetMs: longest.resetMs,
          retryAfterMs: longest.resetMs,
        };
      }
      const tightest = outcomes.reduce((a, b) =>
        b.remaining < a.remaining || (b.remaining === a.remaining && b.resetMs > a.resetMs) ? b : a,
      );
      return {
        allowed: true,
        limit: tightest.window.points,
        remaining: tightest.remaining,
        resetMs: tightest.resetMs,
      };
    },
  };
}
