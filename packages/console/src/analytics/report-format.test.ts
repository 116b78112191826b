// How the analytics screen writes bucket dates, shares and waits.
import { describe, expect, it } from 'vitest';
import { bucketLabel, duration, percent, plural } from './report-format.js';

describe('report formatting', () => {
  it('labels buckets by their UTC day, weeks by their first day', () => {
    expect(bucketLabel('2026-01-31T00:00:00.000Z', 'day')).toBe('31 Jan');
    expect(bucketLabel('2026-02-02T00:00:00.000Z', 'week')).toBe('Week of 2 Feb');
  });

  it('writes shares as percentages to one decimal, and nothing as a dash', () => {
    expect(percent(0.3333)).toBe('33.3%');
    expect(percent(1)).toBe('100%');
    expect(percent(null)).toBe('–');
  });

  it('writes waits in the two largest units', () => {
    expect(duration(59)).toBe('59s');
    expect(duration(75)).toBe('1m 15s');
    expect(duration(7260)).toBe('2h 1m');
    expect(duration(90_000)).toBe('1d 1h');
    expect(duration(null)).toBe('–');
  });

  it('counts with the right noun', () => {
    expect(plural(1, 'rating')).toBe('1 rating');
    expect(plural(0, 'rating')).toBe('0 ratings');
  });
});
