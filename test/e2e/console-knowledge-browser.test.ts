// The Knowledge screen in Chromium against the real server: articles searched, filtered, written with a
// live preview, edited, deleted and uploaded; a website imported and synced; connectors added and tested
// (tokens never shown again); an MCP server's resources imported; staff see it read-only; 1366 and 390 px.

import { mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { setPasswordCommand } from '@frontdesk/cli/cli-password-command';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONNECTOR_TOKEN, type FakeConnectors, startFakeConnectors } from '../fakes/connector-server.js';
import { type FakeMcp, startFakeMcp } from '../fakes/mcp-server.js';
import { type FakeWebsite, startFakeWebsite } from '../fakes/website-server.js';
import { type Api, api } from './agents-helpers.js';
import { chromiumAvailable, launchChromium } from './chromium.js';
import { checkScreen } from './console-axe.js';
import { openConsolePage } from './console-page.js';
import { signInWithPassword, signInWithToken } from './console-sign-in.js';
import { copyDemoKnowledge } from './demo-knowledge.js';
import { startTestServer, type TestServer } from './harness.js';

const available = chromiumAvailable('the console knowledge browser tests');
const SHOTS = fileURLToPath(new URL('../journeys/screenshots/', import.meta.url));
const OWNER = { email: 'kim@example.com', password: 'kim keeps the knowledge' };
const HOSTILE = 'Parcel <img src=x onerror="window.__pwned=1">';

describe.skipIf(!available)('console: knowledge', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let site: FakeWebsite;
  let connectors: FakeConnectors;
  let mcp: FakeMcp;
  let client: Api;
  let dir: string;
  const errors: string[] = [];

  const rows = () => page.getByRole('table', { name: 'Articles' }).getByRole('row');

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [site, connectors, mcp] = await Promise.all([startFakeWebsite(), startFakeConnectors(), startFakeMcp()]);
    dir = await copyDemoKnowledge('frontdesk-console-knowledge-');
    server = await startTestServer({ env: { FRONTDESK_KNOWLEDGE_DIR: dir } });
    client = api(server);
    browser = await launchChromium();
    page = await openConsolePage(browser, errors);
    // A cookie session, so the uploads' own requests carry its CSRF token.
    await setPasswordCommand(server.store, { email: OWNER.email }, OWNER.password, { out() {}, err() {} });
    await page.goto(`${server.url}/console`);
    await signInWithPassword(page, OWNER.email, OWNER.password);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await Promise.all([site?.close(), connectors?.close(), mcp?.close()]);
    await rm(dir, { recursive: true, force: true });
  });

  it("lists the bot's articles with the shared ones; search and language narrow the list", async () => {
    await page.getByRole('link', { name: 'Knowledge' }).click();
    await page.getByRole('heading', { name: 'Knowledge' }).waitFor();
    await expect.poll(() => page.getByLabel('Bot', { exact: true }).inputValue()).toBe('demo');
    await rows().filter({ hasText: 'API keys' }).first().waitFor();
    const total = await rows().count();
    expect(total).toBeGreaterThan(5);
    await page.getByLabel('Search articles').fill('invoices');
    await expect.poll(() => rows().count()).toBeLessThan(total);
    await rows().filter({ hasText: 'Find and download your invoices' }).waitFor();
    await expect.poll(() => rows().filter({ hasText: 'API keys' }).count()).toBe(0);
    await page.getByLabel('Search articles').fill('');
    await page.getByLabel('Language').selectOption('de');
    await expect.poll(() => rows().count()).toBeLessThan(total);
    const languages = await page
      .getByRole('table', { name: 'Articles' })
      .locator('tbody td:nth-child(2)')
      .allTextContents();
    expect(new Set(languages)).toEqual(new Set(['de']));
    await page.getByLabel('Language').selectOption('');
    await checkScreen(page, 'console-knowledge-desktop');
  });

  it('writes an article with a live, inert preview; the bot answers from it', async () => {
    await page.getByRole('button', { name: 'New article' }).click();
    await page.getByLabel('Title').fill(HOSTILE);
    await expect
      .poll(() => page.getByLabel('Slug (its file name)').inputValue())
      .toBe('parcel-img-src-x-onerror-window-pwned-1');
    await page.getByLabel('Slug (its file name)').fill('parcel-lockers');
    await page
      .getByLabel('Markdown')
      .fill('Parcel lockers are emptied **every 36 hours**.\n\n<img src=x onerror="window.__pwned=2">');
    const preview = page.getByRole('region', { name: 'Preview' });
    await preview.locator('strong', { hasText: 'every 36 hours' }).waitFor();
    await preview.getByText('<img src=x onerror="window.__pwned=2">').waitFor();
    await expect.poll(() => page.locator('img').count()).toBe(0);
    await checkScreen(page, 'console-knowledge-editor-desktop');
    await page.getByRole('button', { name: 'Create article' }).click();
    await rows().filter({ hasText: 'parcel-lockers' }).waitFor();
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    const answer = await client.call('POST', '/v1/bots/demo/message', {
      message: { text: 'How often are the parcel lockers emptied?' },
    });
    expect(answer.json.data.answers).toContain('36 hours');
  });

  it('edits the article and keeps the change; deletes it after asking', async () => {
    await page.getByRole('button', { name: `Edit ${HOSTILE}` }).click();
    await expect.poll(() => page.getByLabel('Markdown').inputValue()).toContain('every 36 hours');
    await page.getByLabel('Title').fill('Parcel lockers');
    await page.getByLabel('Markdown').fill('Parcel lockers are emptied **every 12 hours**.');
    await page.getByRole('button', { name: 'Save article' }).click();
    await rows().filter({ hasText: 'Parcel lockers' }).waitFor();
    const saved = await client.call('GET', '/v1/knowledge/demo/articles/parcel-lockers');
    expect(saved.json.data).toMatchObject({
      title: 'Parcel lockers',
      markdown: expect.stringContaining('every 12 hours'),
    });
    await page.getByRole('button', { name: 'Delete Parcel lockers' }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await page.getByText('Deleted Parcel lockers.').waitFor();
    expect((await client.call('GET', '/v1/knowledge/demo/articles/parcel-lockers')).status).toBe(404);
  });

  it('writes a shared article, listed as shared, and refuses a bad slug with the field named', async () => {
    await page.getByRole('button', { name: 'New article' }).click();
    await page.getByLabel('Title').fill('Opening hours');
    await page.getByLabel('Slug (its file name)').fill('Bad Slug!');
    await page.getByLabel(/Shared with every bot/).check();
    await page.getByLabel('Markdown').fill('We are open 8 to 18.');
    await page.getByRole('button', { name: 'Create article' }).click();
    await page.getByRole('alert').getByText(/slug/).waitFor();
    await page.getByLabel('Slug (its file name)').fill('opening-hours');
    await page.getByRole('button', { name: 'Create article' }).click();
    await page.getByLabel('Scope').selectOption('shared');
    await rows().filter({ hasText: 'Opening hours' }).filter({ hasText: 'Shared' }).waitFor();
    expect((await client.call('GET', '/v1/knowledge/_shared/articles/opening-hours')).status).toBe(200);
    await page.getByLabel('Scope').selectOption('all');
  });

  it('uploads several markdown files at once, each with its result', async () => {
    await page.getByLabel(/^Files/).setInputFiles([
      {
        name: 'Gift cards.md',
        mimeType: 'text/markdown',
        buffer: Buffer.from('# Gift cards\n\nGift cards never expire.'),
      },
      {
        name: 'returns-abroad.md',
        mimeType: '',
        buffer: Buffer.from('# Returns from abroad\n\nUse the prepaid label.'),
      },
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not markdown') },
    ]);
    await page.getByRole('button', { name: 'Upload 3 files' }).click();
    const results = page.getByRole('list', { name: 'Upload results' });
    await results.getByText('Gift cards.md: added as Gift cards').waitFor();
    await results.getByText('returns-abroad.md: added as Returns from abroad').waitFor();
    await results.getByText(/notes\.txt: only \.md/).waitFor();
    await rows().filter({ hasText: 'Returns from abroad' }).waitFor();
  });

  it('imports a website and shows its sync status; "Sync now" syncs it again', async () => {
    await page.getByLabel('Website address').fill(`${site.url}/`);
    await page.getByLabel('Sync schedule').selectOption('1440');
    await page.getByRole('button', { name: 'Import website' }).click();
    await page.getByText(/^Imported http:\/\/127\.0\.0\.1:\d+\/: \d+ pages/).waitFor();
    const sources = page.getByRole('table', { name: 'Imported sources and their sync status' });
    const row = sources.getByRole('row').filter({ hasText: site.url });
    await row.getByText('OK').waitFor();
    await row.getByText(/[1-9]\d* pages imported/).waitFor();
    await expect.poll(() => row.getByLabel(/^Sync schedule of/).inputValue()).toBe('1440');
    await rows().filter({ hasText: 'Submitting timesheets' }).waitFor();
    site.setPage('/guides/approvals.html', null);
    await row.getByRole('button', { name: /^Sync now: / }).click();
    await page.getByText(/^Synced .*: \d+ imported, 1 removed/).waitFor();
    await row.getByLabel(/^Sync schedule of/).selectOption('60');
    await page.getByText(/: Every hour\.$/).waitFor();
    const [source] = (await client.call('GET', '/v1/knowledge/demo/sources')).json.data;
    expect(source.syncEveryMinutes).toBe(60);
    await checkScreen(page, 'console-knowledge-sources-desktop');
  });

  it('adds a connector (tested first), never shows its token, and tests it on demand', async () => {
    await page.getByLabel('Connector name').fill('Broken wiki');
    await page.getByLabel('Connector address').fill(`${connectors.url}/failing`);
    await page.getByRole('button', { name: 'Test and add connector' }).click();
    await page
      .getByRole('alert')
      .getByText(/connector test failed/)
      .waitFor();
    await page.getByLabel('Connector name').fill('Wiki');
    await page.getByLabel('Connector address').fill(`${connectors.url}/good`);
    await page.getByLabel('Connector sign-in').selectOption('bearer');
    await page.getByLabel('Connector token (write-only)').fill(CONNECTOR_TOKEN);
    await page.getByRole('button', { name: 'Test and add connector' }).click();
    await page.getByText('Added Wiki: its test query answered.').waitFor();
    const list = page.getByRole('list', { name: 'Connectors' });
    await list.getByText('Token set (bearer)').waitFor();
    expect(await page.content()).not.toContain(CONNECTOR_TOKEN);
    expect(await page.content()).not.toContain(CONNECTOR_TOKEN.slice(-4));
    await page.getByRole('button', { name: 'Test Wiki' }).click();
    await list.getByText(/^Works: answered in \d+ ms\.$/).waitFor();
    // A new token is tested before it replaces the old one, and is not shown either.
    await page.getByRole('button', { name: 'New token for Wiki' }).click();
    await page.getByLabel('New token for Wiki (write-only)').fill('not-the-token');
    await page.getByRole('button', { name: 'Test and save token' }).click();
    await page
      .getByRole('alert')
      .getByText(/^Wiki: The connector test failed/)
      .waitFor();
    await page.getByLabel('New token for Wiki (write-only)').fill(CONNECTOR_TOKEN);
    await page.getByRole('button', { name: 'Test and save token' }).click();
    await page.getByText('Wiki: new token saved and tested.').waitFor();
    await expect.poll(() => page.getByLabel('New token for Wiki (write-only)').count()).toBe(0);
    expect(await page.content()).not.toContain(CONNECTOR_TOKEN);
    await page.getByRole('button', { name: 'Turn off Wiki' }).click();
    await page.getByText('Wiki is off.').waitFor();
    await list.getByText(/· Off ·/).waitFor();
    expect((await client.call('GET', '/v1/connectors')).json.data[0].active).toBe(false);
    await page.getByRole('button', { name: 'Turn on Wiki' }).click();
    await page.getByText('Wiki is on.').waitFor();
    // A connector that breaks after it was added: the test says so.
    const wiki = (await client.call('GET', '/v1/connectors')).json.data[0];
    const stored = (await server.store.getConnector('ws_default', wiki.id))!;
    await server.store.saveConnector({ ...stored, url: `${connectors.url}/failing` });
    await page.getByRole('button', { name: 'Test Wiki' }).click();
    await list.getByText(/^Failed: .*HTTP 500/).waitFor();
  });

  it('adds an MCP connector and imports its resources as a source', async () => {
    await page.getByLabel('Connector name').fill('Company docs');
    await page.getByLabel('Connector address').fill(mcp.url);
    await page.getByLabel(/^MCP tool/).fill('search');
    await page.getByRole('button', { name: 'Test and add connector' }).click();
    await page.getByText('Added Company docs: its test query answered.').waitFor();
    await page.reload();
    await page.getByLabel('MCP connector').selectOption({ label: 'Company docs' });
    await page.getByRole('button', { name: 'Import resources' }).click();
    await page.getByText(/^Imported the MCP resources: 2 pages/).waitFor();
    await page
      .getByRole('table', { name: 'Imported sources and their sync status' })
      .getByText('MCP resources, up to 50 resources')
      .waitFor();
  });

  it('works on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/console#/knowledge/demo`);
    await rows().filter({ hasText: 'API keys' }).first().waitFor();
    await checkScreen(page, 'console-knowledge-phone');
    await page.getByRole('button', { name: 'Edit API keys' }).click();
    await page.getByRole('region', { name: 'Preview' }).locator('p').first().waitFor();
    await checkScreen(page, 'console-knowledge-editor-phone');
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('shows staff the knowledge read-only, without write actions', async () => {
    const staff = await browser.newPage({ viewport: { width: 390, height: 844 } });
    staff.setDefaultTimeout(15_000);
    staff.on('pageerror', (error) => errors.push(error.message));
    await staff.goto(`${server.url}/console`);
    await signInWithToken(staff, await server.token({ role: 'staff' }));
    await staff.getByRole('link', { name: 'Knowledge' }).click();
    await staff.getByText('Read only: your role may not change knowledge.').waitFor();
    await staff.getByRole('button', { name: 'View API keys' }).click();
    await staff.getByRole('region', { name: 'Preview' }).locator('p').first().waitFor();
    await expect.poll(() => staff.getByRole('button', { name: 'Save article' }).count()).toBe(0);
    await staff.getByRole('button', { name: 'Back to the list' }).click();
    for (const name of [
      'New article',
      'Import website',
      'Test Wiki',
      'Test and add connector',
      /^Sync now: /,
    ]) {
      expect(await staff.getByRole('button', { name }).count(), String(name)).toBe(0);
    }
    await expect.poll(() => staff.getByLabel(/^Files/).count()).toBe(0);
    await checkScreen(staff, 'console-knowledge-staff-phone');
    await staff.goto(`${server.url}/console#/bots/demo`);
    await staff.getByRole('heading', { name: 'Not allowed' }).waitFor();
    await staff.close();
  });

  it('threw no page errors', () => {
    expect(errors).toEqual([]);
  });
});
