/**
 * The imported sources of a knowledge folder (websites, sitemaps), kept next to the articles in
 * `.sources.json`: what to crawl, how often to re-sync, and how the last sync went.
 */
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

export const SOURCES_FILE = '.sources.json';

/** Re-sync intervals: from 15 minutes to 30 days; null (or absent) syncs only on demand. */
export const syncEverySchema = z.number().int().min(15).max(43_200).nullable();

const lastSyncSchema = z.object({
  startedAt: z.number(),
  finishedAt: z.number(),
  status: z.enum(['ok', 'failed']),
  imported: z.number().int(),
  removed: z.number().int(),
  skipped: z.number().int(),
  error: z.string().nullable(),
});

export const sourceSchema = z.object({
  id: z.string(),
  /** `website`: a crawl from `url` (a page or a sitemap); `mcp`: the text resources of an MCP connector. */
  kind: z.enum(['website', 'mcp']),
  /** The site, or the MCP connector's server. */
  url: z.string(),
  /** The MCP connector read, and its workspace (kind `mcp`); null for websites. */
  connectorId: z.string().nullable().default(null),
  workspaceId: z.string().nullable().default(null),
  sitemap: z.boolean(),
  /** Pages crawled, or resources read, at most. */
  maxPages: z.number().int(),
  maxDepth: z.number().int(),
  /** Minutes between scheduled re-syncs; null: only on demand. */
  syncEveryMinutes: syncEverySchema,
  createdAt: z.number(),
  lastSync: lastSyncSchema.nullable(),
  /** When the scheduler syncs it next; null when it has no interval. */
  nextSyncAt: z.number().nullable(),
});

export type KnowledgeSource = z.infer<typeof sourceSchema>;
export type LastSync = z.infer<typeof lastSyncSchema>;

const fileSchema = z.object({ sources: z.array(sourceSchema) });

/** A source's id: the same URL and kind always name the same source, so importing again updates it. */
export function sourceId(url: string, sitemap: boolean): string {
  return hashedId(`${sitemap ? 'sitemap' : 'page'} ${url}`);
}

/** The id of an MCP connector's resources as a source: one per connector. */
export function mcpSourceId(connectorId: string): string {
  return hashedId(`mcp ${connectorId}`);
}

function hashedId(text: string): string {
  return `src_${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}

/** The folder's sources; none when the file is missing or unreadable. */
export async function readSources(folder: string): Promise<KnowledgeSource[]> {
  let text: string;
  try {
    text = await readFile(path.join(folder, SOURCES_FILE), 'utf8');
  } catch {
    return [];
  }
  const parsed = fileSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data.sources : [];
}

/** Replaces the file in one rename, so a reader never sees half of it. */
export async function writeSources(folder: string, sources: readonly KnowledgeSource[]): Promise<void> {
  const file = path.join(folder, SOURCES_FILE);
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, `${JSON.stringify({ sources }, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, file);
}

/** One change at a time per folder in this process: the route and the scheduler both write the file. */
const folderLocks = new Map<string, Promise<unknown>>();
function locked<T>(folder: string, work: () => Promise<T>): Promise<T> {
  const previous = folderLocks.get(folder) ?? Promise.resolve();
  const next = previous.then(work, work);
  const settled = next.catch(() => {});
  folderLocks.set(folder, settled);
  void settled.then(() => {
    if (folderLocks.get(folder) === settled) folderLocks.delete(folder);
  });
  return next;
}

/** Changes one source (by id) and writes the file; the changed source, or undefined when missing. */
export function updateSource(
  folder: string,
  id: string,
  change: (source: KnowledgeSource) => KnowledgeSource | undefined,
): Promise<KnowledgeSource | undefined> {
  return locked(folder, async () => {
    const sources = await readSources(folder);
    const index = sources.findIndex((source) => source.id === id);
    const current = sources[index];
    if (!current) return undefined;
    const next = change(current);
    if (next) sources.splice(index, 1, next);
    else sources.splice(index, 1);
    await writeSources(folder, sources);
    return next ?? current;
  });
}

/** Adds the source or, when its id is known, replaces its settings (keeping its history). */
export function saveSource(folder: string, source: KnowledgeSource): Promise<KnowledgeSource> {
  return locked(folder, async () => {
    const sources = await readSources(folder);
    const existing = sources.find((candidate) => candidate.id === source.id);
    const saved = existing ? { ...source, createdAt: existing.createdAt } : source;
    await writeSources(folder, [...sources.filter((candidate) => candidate.id !== source.id), saved]);
    return saved;
  });
}

/** When a source with this interval, last synced at `at`, is due again. */
export function nextSyncAt(syncEveryMinutes: number | null, at: number): number | null {
  return syncEveryMinutes === null ? null : at + syncEveryMinutes * 60_000;
}
