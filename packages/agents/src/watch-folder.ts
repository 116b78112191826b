/** Watches a folder (and its sub-folders where the platform allows) and reports changes, debounced. */
import { type FSWatcher, watch } from 'node:fs';

export interface WatchFolderOptions {
  /** Quiet time after the last change before `onChange` runs. */
  debounceMs?: number;
  onWarning?: (message: string) => void;
}

export interface FolderWatcher {
  close(): void;
}

/**
 * Calls `onChange` once a burst of changes to markdown files (or folders) under `dir` has
 * settled. The watcher does not keep the process alive. Throws when `dir` cannot be watched.
 */
export function watchFolder(
  dir: string,
  onChange: () => void,
  options: WatchFolderOptions = {},
): FolderWatcher {
  const debounceMs = options.debounceMs ?? 200;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const changed = (_event: string, fileName: string | Buffer | null) => {
    if (closed || !isRelevant(fileName)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!closed) onChange();
    }, debounceMs);
    timer.unref();
  };

  const watcher = openWatcher(dir, changed);
  watcher.on('error', (error) => {
    options.onWarning?.(`Stopped watching ${dir}: ${error.message}`);
    watcher.close();
  });

  return {
    close() {
      closed = true;
      clearTimeout(timer);
      watcher.close();
    },
  };
}

function openWatcher(
  dir: string,
  listener: (event: string, fileName: string | Buffer | null) => void,
): FSWatcher {
  try {
    return watch(dir, { recursive: true, persistent: false }, listener);
  } catch (error) {
    // Some platforms and Node versions cannot watch recursively; the top folder still works.
    if ((error as { code?: unknown }).code !== 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM') throw error;
    return watch(dir, { persistent: false }, listener);
  }
}

/** Markdown files and folders matter; editor swap files and other files do not. */
function isRelevant(fileName: string | Buffer | null): boolean {
  if (fileName === null) return true;
  const segments = String(fileName).split(/[\\/]/);
  if (segments.some((segment) => segment.startsWith('.') || segment === 'node_modules')) return false;
  const name = segments.at(-1) ?? '';
  if (name.endsWith('~')) return false;
  return /\.md$/i.test(name) || !/\.[^.]+$/.test(name);
}
