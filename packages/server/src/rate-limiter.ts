/** The core's RateLimiter port on rate-limiter-flexible, in memory (one process). */
import type { RateLimitDecision, RateLimiter, RateLimitWindow } from '@frontdesk/core';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

interface WindowOutcome {
  window: RateLimitWindow;
  allowed: boolean;
  remaining: number;
  resetMs: number;
}

/**
 * A limiter that counts every window of a policy for each key. Every window is consumed even
 * when another refuses, so hammering a short window still counts toward the long one.
 */
export function createMemoryRateLimiter(): RateLimiter {
  // One limiter per window shape: policies of different bots share counters only when equal.
  const limiters = new Map<string, RateLimiterMemory>();

  function limiterFor(window: RateLimitWindow): RateLimiterMemory {
    const cacheKey = `${window.points}/${window.durationMs}`;
    let limiter = limiters.get(cacheKey);
    if (!limiter) {
      limiter = new RateLimiterMemory({ points: window.points, duration: window.durationMs / 1000 });
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
