// An MCP connector's resources as a knowledge source: imported as articles linked to their URIs,
// answered from, re-synced (changed and vanished resources), and shown with the sources.
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeMcp, startFakeMcp } from '../fakes/mcp-server.js';
import { type Api, api } from './agents-helpers.js';
import { copyDemoKnowledge } from './demo-knowledge.js';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;
let mcp: FakeMcp;
let client: Api;
let dir: string;
let connectorId: string;

beforeAll(async () => {
  mcp = await startFakeMcp();
  dir = await copyDemoKnowledge('frontdesk-mcp-source-');
  server = await startTestServer({ env: { FRONTDESK_KNOWLEDGE_DIR: dir } });
  client = api(server);
  const connector = await client.call('POST', '/v1/connectors', {
    name: 'Company docs',
    url: mcp.url,
    mcp_tool: 'search',
    service_auth: { token: 'docs-mcp-token', type: 'bearer' },
  });
  expect(connector.status).toBe(201);
  connectorId = connector.json.data.id;
});
afterAll(async () => {
  await server?.close();
  await mcp?.close();
  await rm(dir, { recursive: true, force: true });
});

const ask = async (text: string) =>
  (await client.call('POST', '/v1/bots/demo/message', { message: { text } })).json.data as {
    sources: { url: string }[];
  };

describe('MCP resources as a knowledge source', () => {
  it('imports the text resources as articles linked to their URIs, and answers from them', async () => {
    const imported = await client.call('POST', '/v1/knowledge/demo/mcp-imports', {
      connectorId,
      syncEveryMinutes: 1440,
    });
    expect(imported.status, JSON.stringify(imported.json)).toBe(200);
    const slugs = (imported.json.data.imported as { slug: string; url: string }[])
      .map((entry) => entry.url)
      .sort();
    expect(slugs).toEqual(['https://docs.example/office.html', 'https://docs.example/travel-policy']);
    expect(imported.json.data.skipped).toEqual([
      { url: 'https://docs.example/logo.png', reason: 'not text (image/png)' },
    ]);
    expect(imported.json.data.source).toMatchObject({
      kind: 'mcp',
      connectorId,
      url: mcp.url,
      syncEveryMinutes: 1440,
      lastSync: { status: 'ok', imported: 2 },
    });
    expect(mcp.authorizations).toContain('Bearer docs-mcp-token');

    expect((await ask('when does the parking garage close?')).sources[0]?.url).toBe(
      'https://docs.example/office.html',
    );
    const office = (imported.json.data.imported as { slug: string; url: string }[]).find((entry) =>
      entry.url.endsWith('office.html'),
    );
    expect(office?.slug).toMatch(/^mcp\/con-[a-z0-9-]+\/office-guide$/);
    const article = await client.call('GET', `/v1/knowledge/demo/articles/${office?.slug}`);
    expect(article.json.data.markdown).toContain('parking garage closes at 22:00');
    expect(article.json.data.markdown).not.toContain('<p>');
  });

  it('re-syncs: a changed resource is rewritten, a vanished one removed', async () => {
    const [source] = (await client.call('GET', '/v1/knowledge/demo/sources')).json.data as { id: string }[];
    mcp.resources.delete('office-guide');
    const travel = mcp.resources.get('travel-policy');
    if (!travel) throw new Error('fake changed');
    mcp.resources.set('travel-policy', {
      ...travel,
      text: '# Travel policy\n\nNight trains may be booked in a sleeper cabin.',
    });

    const synced = await client.call('POST', `/v1/knowledge/demo/sources/${source?.id}/sync`);
    expect(synced.status).toBe(200);
    expect(synced.json.data.removed).toEqual([expect.stringMatching(/office-guide$/)]);
    expect((await ask('can i book a sleeper cabin on a night train?')).sources[0]?.url).toBe(
      'https://docs.example/travel-policy',
    );
    const articles = (await client.call('GET', '/v1/knowledge/demo/articles')).json.data as {
      slug: string;
    }[];
    expect(articles.some((entry) => entry.slug.endsWith('office-guide'))).toBe(false);
  });

  it('refuses a connector that is not an MCP server of the workspace, naming connectorId, and keeps nothing', async () => {
    const before = (await client.call('GET', '/v1/knowledge/demo/sources')).json.data.length;
    const refused = await client.call('POST', '/v1/knowledge/demo/mcp-imports', {
      connectorId: 'con_missing',
    });
    expect(refused.status).toBe(400);
    expect(refused.json.message).toContain('connectorId');
    expect((await client.call('GET', '/v1/knowledge/demo/sources')).json.data).toHaveLength(before);
  });
});
