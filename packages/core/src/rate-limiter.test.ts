import { describe, expect, it } from 'vitest';
import { parseRateLimitPolicy } from './rate-limiter.js';

describe('parseRateLimitPolicy', () => {
  it('reads the default policy as two windows', () => {
    expect(parseRateLimitPolicy('20/60s,10/5s')).toEqual([
      { points: 20, durationMs: 60_000 },
      { points: 10, durationMs: 5_000 },
    ]);
  });

  it('accepts ms, s, m and h, with spaces', () => {
    expect(parseRateLimitPolicy(' 100/1h , 5/500ms, 3/2m')).toEqual([
      { points: 100, durationMs: 3_600_000 },
      { points: 5, durationMs: 500 },
      { points: 3, durationMs: 120_000 },
    ]);
  });

  it('turns "off" into no limits', () => {
    expect(parseRateLimitPolicy('off')).toEqual([]);
  });

  it.each(['20', '20/60', 'twenty/60s', '0/5s', '20/60s;10/5s'])(
    'refuses "%s" with a validation error',
    (text) => {
      expect(() => parseRateLimitPolicy(text)).toThrowError(
        expect.objectContaining({ code: 'invalid_request_error' }),
      );
    },
  );
});
