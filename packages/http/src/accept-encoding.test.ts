import { describe, expect, it } from 'vitest';
import { chooseEncoding } from './accept-encoding.js';

describe('chooseEncoding', () => {
  it('prefers brotli, then gzip, and sends plain text to clients that ask for neither', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('deflate')).toBe('identity');
    expect(chooseEncoding(undefined)).toBe('identity');
  });

  it('honours q-values, refusals and the wildcard', () => {
    expect(chooseEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(chooseEncoding('br;q=0, *')).toBe('gzip');
    expect(chooseEncoding('*;q=0')).toBe('identity');
    expect(chooseEncoding('x-gzip')).toBe('gzip');
  });
});
