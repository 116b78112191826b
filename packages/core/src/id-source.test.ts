import { describe, expect, it } from 'vitest';
import { createIdSource } from './id-source.js';

describe('createIdSource', () => {
  it('keeps ids from one source in creation order, even within one millisecond', () => {
    const ids = createIdSource({ now: () => 1_700_000_000_000 });
    const made = Array.from({ length: 200 }, () => ids.id('msg'));
    expect([...made].sort()).toEqual(made);
    expect(new Set(made).size).toBe(200);
  });

  it('orders ids by time across milliseconds', () => {
    let time = 1_700_000_000_000;
    const ids = createIdSource({ now: () => time });
    const early = ids.id('conv');
    time += 1;
    expect(ids.id('conv') > early).toBe(true);
  });

  it('carries at least 128 random bits after the prefix, time and counter', () => {
    const id = createIdSource().id('conv');
    const random = id.slice('conv_'.length + 14);
    expect(random).toMatch(/^[0-9a-z]{26}$/);
    expect(random.length * 5).toBeGreaterThanOrEqual(128);
  });

  it('makes url-safe secrets of the requested size', () => {
    const secret = createIdSource().secret(32);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
