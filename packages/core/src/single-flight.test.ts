import { describe, expect, it } from 'vitest';
import { createSingleFlight } from './single-flight.js';

describe('createSingleFlight', () => {
  it('shares a running call per key, and runs again once it settled', async () => {
    const flight = createSingleFlight<number>();
    let calls = 0;
    const run = () => new Promise<number>((resolve) => setTimeout(() => resolve(++calls), 5));
    const [first, second, other] = await Promise.all([flight('a', run), flight('a', run), flight('b', run)]);
    expect(first).toBe(second);
    expect(other).not.toBe(first);
    expect(calls).toBe(2);
    expect(await flight('a', run)).toBe(3);
  });
});
