/** The rate-limit port and the policy strings that configure it (`20/60s,10/5s`, `off`). */
import { ValidationError } from './errors.js';

/** One window: at most `points` requests in `durationMs`. */
export interface RateLimitWindow {
  points: number;
  durationMs: number;
}

/** Every window must allow a request. An empty policy allows everything. */
export type RateLimitPolicy = RateLimitWindow[];

export type RateLimitDecision =
  | { allowed: true; limit: number; remaining: number; resetMs: number }
  | { allowed: false; limit: number; remaining: 0; resetMs: number; retryAfterMs: number };

export interface RateLimiter {
  consume(key: string, policy: RateLimitPolicy): Promise<RateLimitDecision>;
  /**
   * What `key` has used of `window` so far, without using any (e.g. failed sign-ins, counted only
   * when they fail); `resetMs` is when the count starts again. Optional: limiters without it are
   * asked with `consume` instead.
   */
  used?(key: string, window: RateLimitWindow): Promise<{ points: number; resetMs: number }>;
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Parses `20/60s,10/5s` (units ms, s, m, h); `off` or an empty string gives no limits. */
export function parseRateLimitPolicy(text: string): RateLimitPolicy {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === 'off') return [];
  return trimmed.split(',').map((part) => {
    const match = /^(\d+)\s*\/\s*(\d+)\s*(ms|s|m|h)$/.exec(part.trim());
    if (!match) {
      throw new ValidationError(
        `Bad rate limit "${part.trim()}": expected requests/duration like 20/60s (units ms, s, m, h) or "off".`,
      );
    }
    const points = Number(match[1]);
    const durationMs = Number(match[2]) * (UNIT_MS[match[3] as string] as number);
    if (points < 1 || durationMs < 1) {
      throw new ValidationError(`Bad rate limit "${part.trim()}": both numbers must be at least 1.`);
    }
    return { points, durationMs };
  });
}
