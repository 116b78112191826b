import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchFolder } from './watch-folder.js';

describe('watchFolder', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'frontdesk-watch-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reports a burst of markdown changes once, after the debounce', async () => {
    const onChange = vi.fn();
    const watcher = watchFolder(dir, onChange, { debounceMs: 100 });
    try {
      await writeFile(path.join(dir, 'a.md'), 'one');
      await writeFile(path.join(dir, 'b.md'), 'two');
      await writeFile(path.join(dir, 'a.md'), 'three');
      await vi.waitFor(() => expect(onChange).toHaveBeenCalled(), { timeout: 3000, interval: 20 });
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect(onChange).toHaveBeenCalledTimes(1);
    } finally {
      watcher.close();
    }
  });

  it('ignores files that are not markdown and reports nothing after close', async () => {
    const onChange = vi.fn();
    const watcher = watchFolder(dir, onChange, { debounceMs: 20 });
    await writeFile(path.join(dir, 'notes.txt'), 'ignored');
    await writeFile(path.join(dir, '.a.md.swp'), 'ignored');
    await new Promise((resolve) => setTimeout(resolve, 150));
    watcher.close();
    await writeFile(path.join(dir, 'c.md'), 'after close');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('throws when the folder does not exist', () => {
    expect(() => watchFolder(path.join(dir, 'missing'), () => {})).toThrow();
  });
});
