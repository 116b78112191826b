/** Syncs one imported source into its knowledge folder and records how it went. */
import type { McpResourcesTarget } from '@frontdesk/agents';
import type { Clock } from '@frontdesk/core';
import { type KnowledgeSource, type LastSync, nextSyncAt, updateSource } from './knowledge-sources.js';
import { importMcpResources } from './mcp-import.js';
import { type ImportResult, importWebsite } from './website-import.js';

/** What a sync needs besides the folder: the time, and an MCP connector's server (for kind `mcp`). */
export interface SyncDependencies {
  clock: Clock;
  /** The active MCP connector as a target (its token included); throws when it is gone or inactive. */
  mcpTarget(workspaceId: string, connectorId: string): Promise<McpResourcesTarget>;
}

/** Reads the source into the folder: a crawl, or the connector's resources. */
async function importSource(folder: SyncFolder, source: KnowledgeSource, deps: SyncDependencies) {
  if (source.kind === 'mcp') {
    if (!source.connectorId || !source.workspaceId) throw new Error('the source names no connector');
    return importMcpResources(folder.dir, folder.slugs(), {
      target: await deps.mcpTarget(source.workspaceId, source.connectorId),
      connectorId: source.connectorId,
      maxResources: source.maxPages,
    });
  }
  return importWebsite(folder.dir, folder.slugs(), {
    start: new URL(source.url),
    kind: source.sitemap ? 'sitemap' : 'page',
    maxPages: source.maxPages,
    maxDepth: source.maxDepth,
  });
}

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
 * Reads the source again (changed pages rewritten, vanished ones removed), re-indexes the folder,
 * and stores `lastSync` and the next scheduled time. Never throws: a failure is recorded.
 */
export async function syncSource(
  folder: SyncFolder,
  source: KnowledgeSource,
  deps: SyncDependencies,
): Promise<SyncOutcome> {
  const { clock } = deps;
  const startedAt = clock.now();
  let result: ImportResult | undefined;
  let failure: unknown;
  try {
    result = await importSource(folder, source, deps);
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
