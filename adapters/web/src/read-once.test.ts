import { describe, expect, it } from 'vitest';
import { readOnce } from './read-once.js';

describe('readOnce', () => {
  it('passes a read once, refuses the same moment again and an older one, passes a later one', () => {
    const fresh = readOnce();
    expect(fresh(1_000)).toBe(true);
    expect(fresh(1_000)).toBe(false);
    expect(fresh(900)).toBe(false);
    expect(fresh(1_001)).toBe(true);
  });
});
