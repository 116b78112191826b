// The knowledge API shows imported websites as sources with their schedule and sync status.
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeWebsite, startFakeWebsite } from '../fakes/website-server.js';
import { copyDemoKnowledge } from './demo-knowledge.js';
import { OWNER_TOKEN, startTestServer, type TestServer } from './harness.js';

let server: TestServer;
let site: FakeWebsite;
let dir: string;

beforeAll(async () => {
  site = await startFakeWebsite();
  dir = await copyDemoKnowledge('frontdesk-sources-');
  server = await startTestServer({ env: { FRONTDESK_KNOWLEDGE_DIR: dir } });
});
afterAll(async () => {
  await server?.close();
  await site?.close();
  await rm(dir, { recursive: true, force: true });
});

interface Source {
  id: string;
  url: string;
  syncEveryMinutes: number | null;
  nextSyncAt: number | null;
  lastSync: {
    status: string;
    imported: number;
    removed: number;
    error: string | null;
    finishedAt: number;
  } | null;
}

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.url}/v1/knowledge/demo${path}`, {
    method,
    headers: { Authorization: `Bearer ${OWNER_TOKEN}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return {
    status: response.status,
    // biome-ignore lint/suspicious/noExplicitAny: each test reads the fields its route answers with.
    body: (await response.json()) as { data: any },
  };
}

describe('knowledge sources', () => {
  it('keeps an import as a source with its interval and last sync, listed by GET /sources', async () => {
    const before = Date.now();
    const imported = await call('POST', '/imports', {
      url: `${site.url}/sitemap.xml`,
      sitemap: true,
      syncEveryMinutes: 60,
    });
    expect(imported.status).toBe(200);
    expect(imported.body.data.imported.length).toBeGreaterThanOrEqual(2);
    const source = imported.body.data.source as Source;
    expect(source).toMatchObject({ url: `${site.url}/sitemap.xml`, syncEveryMinutes: 60 });
    expect(source.lastSync).toMatchObject({ status: 'ok', error: null, removed: 0 });
    expect(source.nextSyncAt).toBe((source.lastSync?.finishedAt ?? 0) + 60 * 60_000);
    expect(source.lastSync?.finishedAt).toBeGreaterThanOrEqual(before);

    const listed = await call('GET', '/sources');
    expect(listed.status).toBe(200);
    expect(listed.body.data).toEqual([source]);
  });

  it('re-syncs on demand, changes the interval, and stops syncing on delete', async () => {
    const [source] = (await call('GET', '/sources')).body.data as Source[];
    site.setPage('/guides/approvals.html', null);
    const synced = await call('POST', `/sources/${source?.id}/sync`);
    expect(synced.status).toBe(200);
    expect(synced.body.data.removed).toEqual([expect.stringMatching(/guides\/approvals$/)]);
    expect(synced.body.data.source.lastSync.removed).toBe(1);
    const articles = (await call('GET', '/articles')).body.data as { slug: string }[];
    expect(articles.some((article) => article.slug.endsWith('guides/approvals'))).toBe(false);

    const patched = await call('PATCH', `/sources/${source?.id}`, { syncEveryMinutes: null });
    expect(patched.status).toBe(200);
    expect(patched.body.data).toMatchObject({ syncEveryMinutes: null, nextSyncAt: null });

    const deleted = await call('DELETE', `/sources/${source?.id}`);
    expect(deleted.body.data).toEqual({ id: source?.id, deleted: true });
    expect((await call('GET', '/sources')).body.data).toEqual([]);
    expect((await call('POST', `/sources/${source?.id}/sync`)).status).toBe(404);
  });

  it('records a sync that reads no page as failed, and refuses bad intervals naming the field', async () => {
    const down = `http://127.0.0.1:9/`;
    const failed = await call('POST', '/imports', { url: down, maxPages: 1 });
    const source = ((await call('GET', '/sources')).body.data as Source[]).find(
      (entry) => entry.url === down,
    );
    expect(source?.lastSync?.status, JSON.stringify(failed.body)).toBe('failed');
    expect(source?.lastSync?.error).toBeTruthy();

    const tooOften = await call('POST', '/imports', { url: `${site.url}/`, syncEveryMinutes: 5 });
    expect(tooOften.status).toBe(400);
    expect(JSON.stringify(tooOften.body)).toContain('syncEveryMinutes');
    const badPatch = await call('PATCH', `/sources/${source?.id}`, { syncEveryMinutes: 60, every: 60 });
    expect(badPatch.status).toBe(400);
    expect(JSON.stringify(badPatch.body)).toContain('every');
  });
});
