import { parseRateLimitPolicy } from '@frontdesk/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryRateLimiter } from './rate-limiter.js';

describe('createMemoryRateLimiter', () => {
  const policy = parseRateLimitPolicy('20/60s,10/5s');

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.UTC(2026, 0, 1));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('refuses the 11th request in 5 s, then allows more until the 21st in a minute', async () => {
    const limiter = createMemoryRateLimiter();
    for (let request = 1; request <= 10; request++) {
      expect((await limiter.consume('client', policy)).allowed).toBe(true);
    }
    const eleventh = await limiter.consume('client', policy);
    expect(eleventh.allowed).toBe(false);
    if (eleventh.allowed) return;
    expect(eleventh.retryAfterMs).toBeGreaterThan(0);
    expect(eleventh.retryAfterMs).toBeLessThanOrEqual(5_000);
    expect(eleventh.limit).toBe(10);

    vi.advanceTimersByTime(5_000);
    // Eleven requests counted so far in the minute; nine more fit.
    for (let request = 12; request <= 20; request++) {
      expect((await limiter.consume('client', policy)).allowed).toBe(true);
    }
    const twentyFirst = await limiter.consume('client', policy);
    expect(twentyFirst.allowed).toBe(false);
    if (twentyFirst.allowed) return;
    expect(twentyFirst.limit).toBe(20);
    expect(twentyFirst.retryAfterMs).toBeGreaterThan(5_000);
    expect(twentyFirst.retryAfterMs).toBeLessThanOrEqual(55_000);

    vi.advanceTimersByTime(twentyFirst.retryAfterMs);
    expect((await limiter.consume('client', policy)).allowed).toBe(true);
  });

  it('reports the tightest window while allowing', async () => {
    const limiter = createMemoryRateLimiter();
    const first = await limiter.consume('client', policy);
    expect(first).toEqual({ allowed: true, limit: 10, remaining: 9, resetMs: 5_000 });
  });

  it('counts each key on its own', async () => {
    const limiter = createMemoryRateLimiter();
    const tight = parseRateLimitPolicy('1/1m');
    expect((await limiter.consume('a', tight)).allowed).toBe(true);
    expect((await limiter.consume('a', tight)).allowed).toBe(false);
    expect((await limiter.consume('b', tight)).allowed).toBe(true);
  });

  it('allows everything under an empty policy', async () => {
    const limiter = createMemoryRateLimiter();
    for (let request = 0; request < 100; request++) {
      expect((await limiter.consume('client', [])).allowed).toBe(true);
    }
  });
});
