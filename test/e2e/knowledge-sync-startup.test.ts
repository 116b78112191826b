// The server runs the knowledge sync job: a source whose re-sync is due is crawled soon after the
// start, without anyone calling the API.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceId } from '../../packages/services/src/knowledge/knowledge-sources.js';
import { type FakeWebsite, startFakeWebsite } from '../fakes/website-server.js';
import { type Api, api } from './agents-helpers.js';
import { copyDemoKnowledge } from './demo-knowledge.js';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
let site: FakeWebsite;
let dir: string;
let client: Api;

beforeAll(async () => {
  site = await startFakeWebsite();
  dir = await copyDemoKnowledge('frontdesk-sync-start-');
  const url = `${site.url}/sitemap.xml`;
  const due = {
    id: sourceId(url, true),
    kind: 'website',
    url,
    connectorId: null,
    workspaceId: null,
    sitemap: true,
    maxPages: 10,
    maxDepth: 0,
    syncEveryMinutes: 60,
    createdAt: Date.now() - 2 * 3_600_000,
    lastSync: null,
    nextSyncAt: Date.now() - 60_000,
  };
  await writeFile(join(dir, '.sources.json'), JSON.stringify({ sources: [due] }));
  server = await startTestServer({ env: { FRONTDESK_KNOWLEDGE_DIR: dir } });
  client = api(server);
});
afterAll(async () => {
  await server?.close();
  await site?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the knowledge sync job in the server', () => {
  it('syncs a due source after the start, and the bot answers from the pages', async () => {
    let lastSync: { status: string; imported: number } | null = null;
    for (let attempt = 0; attempt < 100 && !lastSync; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      lastSync = (await client.call('GET', '/v1/knowledge/demo/sources')).json.data[0]?.lastSync ?? null;
    }
    expect(lastSync).toMatchObject({ status: 'ok' });
    expect(lastSync?.imported).toBeGreaterThanOrEqual(2);
    const reply = await client.call('POST', '/v1/bots/demo/message', {
      message: { text: 'how do i submit my timesheet' },
    });
    expect(reply.json.data.sources[0]?.url).toBe(`${site.url}/guides/timesheets.html`);
  });
});
