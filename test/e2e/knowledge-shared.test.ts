// Workspace-level articles: written once under /v1/knowledge/_shared, listed with every bot's own
// articles and answered from by every bot of the workspace, never by another workspace's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, api } from './agents-helpers.js';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
let client: Api;

interface ArticleView {
  slug: string;
  shared: boolean;
}

const HOLIDAYS = {
  slug: 'holiday-hours',
  title: 'Holiday opening hours',
  markdown: 'Our office is closed on 24, 25 and 26 December. Orders placed then ship on 27 December.',
};

beforeAll(async () => {
  server = await startTestServer();
  client = api(server);
  for (const [id, folder, article] of [
    [
      'sales',
      'sales',
      { slug: 'pricing', title: 'Pricing plans', markdown: 'The Team plan costs 12 euros a seat.' },
    ],
    [
      'support',
      'support',
      { slug: 'reset', title: 'Reset a password', markdown: 'Use the reset link on the sign-in page.' },
    ],
  ] as const) {
    const created = await client.call('POST', '/v1/bots', {
      id,
      name: id,
      agent: { kind: 'embedded', knowledgeDir: folder },
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    expect((await client.call('POST', `/v1/knowledge/${id}/articles`, article)).status).toBe(201);
  }
});
afterAll(async () => {
  await server?.close();
});

const slugs = async (path: string) =>
  ((await client.call('GET', path)).json.data as ArticleView[]).map(
    (article) => `${article.slug}${article.shared ? ' (shared)' : ''}`,
  );

const ask = async (botId: string, text: string) => {
  const reply = await client.call('POST', `/v1/bots/${botId}/message`, { message: { text } });
  expect(reply.status).toBe(200);
  return reply.json.data as { answers: string; sources: { url: string }[] };
};

describe('shared knowledge articles', () => {
  it('lists a shared article with every bot’s own, and every bot answers from it', async () => {
    const created = await client.call('POST', '/v1/knowledge/_shared/articles', HOLIDAYS);
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    expect(created.json.data).toMatchObject({ slug: 'holiday-hours', shared: true });

    expect(await slugs('/v1/knowledge/_shared/articles')).toEqual(['holiday-hours (shared)']);
    expect(await slugs('/v1/knowledge/sales/articles')).toEqual(['holiday-hours (shared)', 'pricing']);
    expect(await slugs('/v1/knowledge/support/articles')).toEqual(['holiday-hours (shared)', 'reset']);

    for (const bot of ['sales', 'support']) {
      const reply = await ask(bot, 'are you closed over christmas, 25 december?');
      expect(reply.sources[0]?.url).toContain('/kb/holiday-hours');
    }
    const read = await client.call('GET', '/v1/knowledge/sales/articles/holiday-hours');
    expect(read.json.data).toMatchObject({ shared: true, markdown: expect.stringContaining('26 December') });
  });

  it("keeps a bot's own article of the same slug first, and changes shared ones only under _shared", async () => {
    const own = await client.call('POST', '/v1/knowledge/support/articles', {
      ...HOLIDAYS,
      markdown: 'Support answers every day, holidays included, from 8 to 20.',
    });
    expect(own.status).toBe(201);
    expect(own.json.data.shared).toBe(false);
    expect(await slugs('/v1/knowledge/support/articles')).toEqual(['holiday-hours', 'reset']);

    const replaceFromBot = await client.call('PUT', '/v1/knowledge/sales/articles/holiday-hours', {
      title: HOLIDAYS.title,
      markdown: 'Changed from a bot',
    });
    expect(replaceFromBot.status).toBe(404);

    const replaced = await client.call('PUT', '/v1/knowledge/_shared/articles/holiday-hours', {
      title: HOLIDAYS.title,
      markdown: 'Our office is closed on 1 January only. Orders ship on 2 January.',
    });
    expect(replaced.status).toBe(200);
    const reply = await ask('sales', 'are you closed on 1 january?');
    expect(reply.sources[0]?.url).toContain('/kb/holiday-hours');
  });

  it('removes a deleted shared article from every bot, and another workspace never sees it', async () => {
    const other = await server.token({ workspaceId: 'ws_other', role: 'owner' });
    const otherList = await fetch(`${server.url}/v1/knowledge/_shared/articles`, {
      headers: { Authorization: `Bearer ${other}` },
    });
    expect(((await otherList.json()) as { data: unknown[] }).data).toEqual([]);

    const deleted = await client.call('DELETE', '/v1/knowledge/_shared/articles/holiday-hours');
    expect(deleted.status).toBe(200);
    expect(await slugs('/v1/knowledge/sales/articles')).toEqual(['pricing']);
    const reply = await ask('sales', 'are you closed on 1 january?');
    expect(reply.sources.map((source) => source.url).join(' ')).not.toContain('holiday-hours');
  });
});
