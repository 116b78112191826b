// The scheduled re-sync of imported websites: due sources are crawled again on their interval, by
// one instance of several (a lease in the shared store), and the outcome is recorded on the source.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createMemoryStore } from '@frontdesk/core/testing';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  readSources,
  saveSource,
  sourceId,
} from '../../packages/services/src/knowledge/knowledge-sources.js';
import { createKnowledgeSyncPass } from '../../packages/services/src/knowledge/knowledge-sync-job.js';
import { type FakeWebsite, startFakeWebsite } from '../fakes/website-server.js';

const MINUTE = 60_000;
let site: FakeWebsite;
let root: string;
let folder: string;
let now: number;
const clock = { now: () => now };

beforeEach(async () => {
  site = await startFakeWebsite();
  root = await mkdtemp(path.join(tmpdir(), 'frontdesk-sync-'));
  folder = path.join(root, 'knowledge', 'ws_acme', 'help');
  await (await import('node:fs/promises')).mkdir(folder, { recursive: true });
  now = 1_800_000_000_000;
});
afterEach(async () => {
  await site.close();
  await rm(root, { recursive: true, force: true });
});

/** What the agents would see: the markdown files under the folder, as slugs. */
async function slugsIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((entry) => entry.endsWith('.md')).map((entry) => entry.replace(/\.md$/, ''));
}

function instance(store: ReturnType<typeof createMemoryStore>, reindexed: string[]) {
  let slugs: string[] = [];
  return createKnowledgeSyncPass({
    settings: { knowledgeDir: path.join(root, 'operator'), dataDir: root },
    store,
    clock,
    logger: pino({ level: 'silent' }),
    mcpTarget: () => Promise.reject(new Error('no MCP sources here')),
    async folder(dir) {
      slugs = await slugsIn(dir);
      return {
        dir,
        slugs: () => slugs,
        reindex: async () => {
          reindexed.push(dir);
          slugs = await slugsIn(dir);
        },
      };
    },
  });
}

async function addSource(syncEveryMinutes: number | null) {
  const url = `${site.url}/sitemap.xml`;
  return saveSource(folder, {
    id: sourceId(url, true),
    kind: 'website',
    url,
    connectorId: null,
    workspaceId: null,
    sitemap: true,
    maxPages: 50,
    maxDepth: 2,
    syncEveryMinutes,
    createdAt: now,
    lastSync: null,
    nextSyncAt: syncEveryMinutes === null ? null : now + syncEveryMinutes * MINUTE,
  });
}

describe('scheduled re-sync of imported websites', () => {
  it('syncs a source when its interval has passed, once across two instances, and again an interval later', async () => {
    await addSource(60);
    const store = createMemoryStore();
    const reindexed: string[] = [];
    const first = instance(store, reindexed);
    const second = instance(store, reindexed);

    expect(await first()).toBe(0);
    expect(site.served.filter((line) => line.includes('sitemap'))).toHaveLength(0);

    now += 61 * MINUTE;
    const counts = await Promise.all([first(), second()]);
    expect(counts.sort()).toEqual([0, 1]);
    expect(reindexed).toEqual([folder]);
    expect((await slugsIn(folder)).sort()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/guides\/approvals$/),
        expect.stringMatching(/guides\/timesheets$/),
      ]),
    );
    const [synced] = await readSources(folder);
    expect(synced?.lastSync).toMatchObject({ status: 'ok', error: null, startedAt: now, finishedAt: now });
    expect(synced?.lastSync?.imported).toBeGreaterThanOrEqual(2);
    expect(synced?.nextSyncAt).toBe(now + 60 * MINUTE);

    // Half an interval later nothing is due; a full one later the vanished page is removed.
    site.setPage('/guides/approvals.html', null);
    now += 30 * MINUTE;
    expect(await first()).toBe(0);
    now += 31 * MINUTE;
    expect((await first()) + (await second())).toBe(1);
    expect((await slugsIn(folder)).some((slug) => slug.endsWith('guides/approvals'))).toBe(false);
    expect((await readSources(folder))[0]?.lastSync?.removed).toBe(1);
  });

  it('never syncs a source without an interval, and records a failed sync with the reason', async () => {
    await addSource(null);
    const store = createMemoryStore();
    now += 10_000 * MINUTE;
    expect(await instance(store, [])()).toBe(0);

    await addSource(15);
    await site.close();
    now += 16 * MINUTE;
    expect(await instance(store, [])()).toBe(1);
    const [failed] = await readSources(folder);
    expect(failed?.lastSync?.status).toBe('failed');
    expect(failed?.lastSync?.error).toMatch(/cannot be reached|fetch failed|ECONNREFUSED|not/i);
    expect(failed?.nextSyncAt).toBe(now + 15 * MINUTE);
    site = await startFakeWebsite();
  });
});
