import { describe, expect, it } from 'vitest';
import { chunkText } from './text-chunks.js';

describe('chunkText', () => {
  it('splits at word boundaries into chunks that join back to the same text', () => {
    const text = '  Here is **one** answer:\n\n1. Step one.\n2. Step two.\n';
    const chunks = chunkText(text, 3);
    expect(chunks.join('')).toBe(text);
    expect(chunks[0]).toBe('  Here is **one** ');
    for (const chunk of chunks) expect(chunk.trim().split(/\s+/).length).toBeLessThanOrEqual(3);
  });

  it('handles empty and blank text', () => {
    expect(chunkText('')).toEqual([]);
    expect(chunkText('   ')).toEqual(['   ']);
  });
});
