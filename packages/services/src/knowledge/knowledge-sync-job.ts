/**
 * The scheduler of imported sources: every minute it looks through the knowledge folders and
 * re-syncs each source whose `nextSyncAt` has come. A lease in the store (a marker claimed
 * atomically) makes one instance of several do each sync.
 */
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Clock, Store } from '@frontdesk/core';
import type { Logger } from 'pino';
import { type KnowledgeSettings, knowledgeRoot } from './knowledge-folders.js';
import { readSources } from './knowledge-sources.js';
import { type SyncDependencies, type SyncFolder, syncSource } from './source-sync.js';

export interface KnowledgeSyncOptions {
  settings: KnowledgeSettings;
  store: Pick<Store, 'getMarker' | 'claimMarker'>;
  clock: Clock;
  logger: Logger;
  /** The folder's articles and re-index, shared with the agents that answer from it. */
  folder(dir: string): Promise<SyncFolder>;
  mcpTarget: SyncDependencies['mcpTarget'];
}

/** The operator's folder and every `ROOT/<workspace>/<folder>`, as absolute paths. */
async function knowledgeFolders(settings: KnowledgeSettings): Promise<string[]> {
  const folders = [path.resolve(settings.knowledgeDir)];
  const root = path.resolve(knowledgeRoot(settings));
  const subfolders = async (dir: string) =>
    (await readdir(dir, { withFileTypes: true }).catch(() => []))
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => path.join(dir, entry.name));
  for (const workspace of await subfolders(root)) folders.push(...(await subfolders(workspace)));
  return [...new Set(folders)];
}

/** The lease's name: the folder as seen from the knowledge root (the same on every instance), and the source. */
function leaseKey(settings: KnowledgeSettings, folder: string, sourceId: string): string {
  const relative = path.relative(path.resolve(knowledgeRoot(settings)), folder);
  const name = folder === path.resolve(settings.knowledgeDir) ? 'operator' : relative;
  return `knowledge-sync:${createHash('sha256').update(name).digest('hex').slice(0, 24)}:${sourceId}`;
}

/** One pass over every folder; resolves with how many sources it synced. */
export function createKnowledgeSyncPass(options: KnowledgeSyncOptions): () => Promise<number> {
  const { settings, store, clock, logger } = options;
  return async () => {
    let synced = 0;
    for (const dir of await knowledgeFolders(settings)) {
      for (const source of await readSources(dir)) {
        const now = clock.now();
        if (source.nextSyncAt === null || source.syncEveryMinutes === null || source.nextSyncAt > now)
          continue;
        const lease = {
          key: leaseKey(settings, dir, source.id),
          value: '1',
          // Held for one interval: the other instances skip this round.
          expiresAt: now + source.syncEveryMinutes * 60_000,
        };
        if ((await store.getMarker(lease.key, now)) || !(await store.claimMarker(lease, now))) continue;
        const outcome = await syncSource(await options.folder(dir), source, {
          clock,
          mcpTarget: options.mcpTarget,
        });
        synced += 1;
        const { lastSync } = outcome.source;
        logger.info(
          { folder: dir, source: source.url, status: lastSync?.status, error: lastSync?.error },
          'knowledge source re-synced',
        );
      }
    }
    return synced;
  };
}

export interface KnowledgeSyncJob {
  start(): void;
  /** Stops the timer and waits for a running pass. */
  stop(): Promise<void>;
}

/** Runs the pass now and then every `intervalMs` (default a minute) after each pass ends. */
export function createKnowledgeSyncJob(
  options: KnowledgeSyncOptions & { intervalMs?: number },
): KnowledgeSyncJob {
  const pass = createKnowledgeSyncPass(options);
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> | undefined;
  let running = false;
  const loop = async (): Promise<void> => {
    await pass().catch((error: unknown) =>
      options.logger.error({ err: error }, 'knowledge sync pass failed'),
    );
    if (!running) return;
    timer = setTimeout(() => {
      current = loop();
    }, options.intervalMs ?? 60_000);
    timer.unref();
  };
  return {
    start() {
      if (running) return;
      running = true;
      current = loop();
    },
    async stop() {
      running = false;
      clearTimeout(timer);
      await current;
    },
  };
}
