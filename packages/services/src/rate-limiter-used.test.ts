import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryRateLimiter, createSqliteRateLimiter } from './rate-limiter.js';

const window = { points: 5, durationMs: 60_000 };
const dir = mkdtempSync(join(tmpdir(), 'frontdesk-limiter-used-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('RateLimiter.used', () => {
  it.each([
    ['memory', async () => createMemoryRateLimiter()],
    ['sqlite', () => createSqliteRateLimiter(join(dir, 'limits.db'))],
  ] as const)('%s: tells what a key used of a window without using any', async (_name, open) => {
    const limiter = await open();
    expect(await limiter.used!('k', window)).toEqual({ points: 0, resetMs: 0 });
    await limiter.consume('k', [window]);
    await limiter.consume('k', [window]);
    const used = await limiter.used!('k', window);
    expect(used.points).toBe(2);
    expect(used.resetMs).toBeGreaterThan(0);
    expect((await limiter.used!('k', window)).points).toBe(2);
    expect((await limiter.used!('other', window)).points).toBe(0);
  });
});
