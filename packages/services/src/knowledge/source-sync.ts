/** Syncs one imported source into its knowledge folder and records how it went. */
import type { Clock } from '@frontdesk/core';
import { type KnowledgeSource, type LastSync, nextSyncAt, updateSource } from './knowledge-sources.js';
import { type ImportResult, importWebsite } from './website-import.js';

/** The agents' view of the folder: its article slugs now, and a re-index after the files changed. */
export interface SyncFolder {
  dir: string;
  slugs(): readonly string[];
  reindex(): Promise<void>;
}

export interface SyncOutcome {
  source: KnowledgeSource;
  /** The import's details; undefined when it failed (the source's `lastSync.error` says why). */
  result?: ImportResult;
  error?: unknown;
}

/**
 * Crawls the source again (changed pages rewritten, vanished ones removed), re-indexes the folder,
 * and stores `lastSync` and the next scheduled time. Never throws: a failure is recorded.
 */
export async function syncSource(
  folder: SyncFolder,
  source: KnowledgeSource,
  clock: Clock,
): Promise<SyncOutcome> {
  const startedAt = clock.now();
  let result: ImportResult | undefined;
  let failure: unknown;
  try {
    result = await importWebsite(folder.dir, folder.slugs(), {
      start: new URL(source.url),
      kind: source.sitemap ? 'sitemap' : 'page',
      maxPages: source.maxPages,
      maxDepth: source.maxDepth,
    });
    await folder.reindex();
  } catch (error) {
    failure = error;
  }
  // A site that is down is skipped page by page by the crawl; for the source that is a failed sync.
  const unread = result && result.imported.length === 0 ? result.skipped[0] : undefined;
  const problem =
    failure === undefined
      ? unread && `no page could be read (${unread.url}: ${unread.reason})`
      : failure instanceof Error
        ? failure.message
        : String(failure);
  const finishedAt = clock.now();
  const lastSync: LastSync = {
    startedAt,
    finishedAt,
    status: problem ? 'failed' : 'ok',
    imported: result?.imported.length ?? 0,
    removed: result?.removed.length ?? 0,
    skipped: result?.skipped.length ?? 0,
    error: problem || null,
  };
  const saved = await updateSource(folder.dir, source.id, (current) => ({
    ...current,
    lastSync,
    nextSyncAt: nextSyncAt(current.syncEveryMinutes, finishedAt),
  }));
  const recorded = saved ?? { ...source, lastSync };
  return failure === undefined ? { source: recorded, result } : { source: recorded, error: failure };
}
