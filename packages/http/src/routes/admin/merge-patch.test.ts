import { describe, expect, it } from 'vitest';
import { mergePatch } from './merge-patch.js';

describe('mergePatch', () => {
  it('merges nested objects, replaces arrays and values, and removes keys set to null', () => {
    const target = {
      widget: { allowedOrigins: ['https://a.example'], identity: { secret: 's', required: true } },
      x: 1,
    };
    const patched = mergePatch(target, { widget: { allowedOrigins: ['https://b.example'] }, x: null, y: 2 });
    expect(patched).toEqual({
      widget: { allowedOrigins: ['https://b.example'], identity: { secret: 's', required: true } },
      y: 2,
    });
    expect(target.widget.allowedOrigins).toEqual(['https://a.example']);
  });
});
