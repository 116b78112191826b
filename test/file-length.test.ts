// Small files with plain names (CONVENTIONS 6): no TypeScript file in the repository is over 300 lines.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const MAX_LINES = 300;
const SKIPPED = new Set(['node_modules', 'dist', 'data', 'coverage', '.git']);

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name) || entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('file length', () => {
  it(`keeps every source and test file at ${MAX_LINES} lines or fewer`, () => {
    const files = ['packages', 'adapters', 'widget', 'test', 'bench'].flatMap((dir) =>
      typeScriptFiles(join(root, dir)),
    );
    expect(files.length).toBeGreaterThan(300);
    const long = files
      .map((file) => ({ file: relative(root, file), lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > MAX_LINES + 1)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(long).toEqual([]);
  });
});
