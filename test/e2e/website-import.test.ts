// Website import end to end: a crawl of a fake site within limits, robots.txt honoured, answers linking to the pages.
import { rm } from 'node:fs/promises';
import type { ReplyData } from '@frontdesk/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeWebsite, startFakeWebsite } from '../fakes/website-server.js';
import { copyDemoKnowledge } from './demo-knowledge.js';
import { OWNER_TOKEN, startTestServer, type TestServer } from './harness.js';

let server: TestServer;
let site: FakeWebsite;
let dir: string;

beforeAll(async () => {
  site = await startFakeWebsite();
  dir = await copyDemoKnowledge('frontdesk-import-');
  server = await startTestServer({ env: { FRONTDESK_KNOWLEDGE_DIR: dir } });
});
afterAll(async () => {
  await server?.close();
  await site?.close();
  await rm(dir, { recursive: true, force: true });
});

interface ImportData {
  imported: { slug: string; url: string }[];
  removed: string[];
  skipped: { url: string; reason: string }[];
}

const importSite = async (body: Record<string, unknown>) => {
  const response = await fetch(`${server.url}/v1/knowledge/demo/imports`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${OWNER_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data: ImportData } };
};

describe('POST /v1/knowledge/imports', () => {
  it('crawls the site from a page, skips what robots.txt disallows and other hosts, and answers with the page URL', async () => {
    const { status, body } = await importSite({ url: `${site.url}/`, maxDepth: 1 });
    expect(status).toBe(200);
    expect(body.data.imported.map((page) => page.url).sort()).toEqual(
      [`${site.url}/`, `${site.url}/guides/approvals.html`, `${site.url}/guides/timesheets.html`].sort(),
    );
    expect(body.data.skipped).toContainEqual({
      url: `${site.url}/private/salaries.html`,
      reason: 'disallowed by robots.txt',
    });
    expect(site.served.some((line) => line.startsWith('/private/'))).toBe(false);
    expect(site.served.every((line) => line.includes('FrontdeskBot'))).toBe(true);

    const response = await server.post('/v1/bots/demo/message', {
      message: { text: 'how do managers approve timesheets' },
    });
    const reply = ((await response.json()) as { data: ReplyData }).data;
    expect(reply.sources[0]?.url).toBe(`${site.url}/guides/approvals.html`);
    // The main content, not the navigation or footer.
    expect(reply.answers).toContain('Approvals');
    expect(reply.answers).not.toContain('cookie settings');
  });

  it('re-syncs on demand: a page gone from the site is removed, a changed page rewritten', async () => {
    site.setPage('/guides/approvals.html', null);
    site.setPage(
      '/guides/timesheets.html',
      '<p>Timesheets are now submitted every Thursday before noon, from the Timesheet tab.</p>',
    );
    const { body } = await importSite({ url: `${site.url}/sitemap.xml`, sitemap: true });
    expect(body.data.removed).toEqual([expect.stringMatching(/guides\/approvals$/)]);
    const response = await server.post('/v1/bots/demo/message', {
      message: { text: 'timesheets thursday before noon' },
    });
    const reply = ((await response.json()) as { data: ReplyData }).data;
    expect(reply.sources[0]?.url).toBe(`${site.url}/guides/timesheets.html`);
  });

  it('keeps to maxPages and refuses unknown fields', async () => {
    const { body } = await importSite({ url: `${site.url}/`, maxPages: 1 });
    expect(body.data.imported).toHaveLength(1);
    const bad = await importSite({ url: `${site.url}/`, depth: 3 });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('depth');
  });
});
