// Editing a knowledge connector in place on the Knowledge screen (Chromium, real server): name and
// address change and survive a reload; a new address asks for the token again, so the stored one
// is never offered to it; Cancel and Escape restore and hand focus back; OAuth settings need the
// client again; staff cannot edit; 1366 and 390 px.

import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONNECTOR_TOKEN,
  type FakeConnectors,
  OAUTH_CLIENT_SECRET,
  startFakeConnectors,
} from '../fakes/connector-server.js';
import { type Api, api } from './agents-helpers.js';
import { chromiumAvailable, launchChromium } from './chromium.js';
import { oauthWiki } from './connector-fixtures.js';
import { checkScreen } from './console-axe.js';
import { openConsolePage } from './console-page.js';
import { signInWithToken } from './console-sign-in.js';
import { OWNER_TOKEN, startTestServer, type TestServer } from './harness.js';

const available = chromiumAvailable('the console connector edit browser tests');
const SHOTS = fileURLToPath(new URL('../journeys/screenshots/', import.meta.url));

describe.skipIf(!available)('console: editing a connector', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let home: FakeConnectors;
  let elsewhere: FakeConnectors;
  let client: Api;
  let wikiId: string;
  const errors: string[] = [];

  const list = () => page.getByRole('list', { name: 'Connectors' });
  const form = (name: string) => page.getByRole('form', { name: `Edit ${name}` });
  /** The focused element's accessible label: its aria-label, or the text of the label around it. */
  const focused = () =>
    page.evaluate(() => {
      const element = document.activeElement;
      return element?.getAttribute('aria-label') ?? element?.closest('label')?.textContent?.trim() ?? '';
    });
  const stored = async () => (await server.store.getConnector('ws_default', wikiId))!;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [server, home, elsewhere] = await Promise.all([
      startTestServer(),
      startFakeConnectors(),
      startFakeConnectors(),
    ]);
    client = api(server);
    const created = await client.call('POST', '/v1/connectors', {
      name: 'Wiki',
      url: `${home.url}/good`,
      service_auth: { token: CONNECTOR_TOKEN, type: 'bearer' },
    });
    wikiId = created.json.data.id;
    browser = await launchChromium();
    page = await openConsolePage(browser, errors);
    await page.goto(`${server.url}/console`);
    await signInWithToken(page, OWNER_TOKEN);
    await page.getByRole('link', { name: 'Knowledge' }).click();
    await list().getByText('Wiki', { exact: true }).waitFor();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([server?.close(), home?.close(), elsewhere?.close()]);
  });

  it('opens a form with the stored values, the token left empty; Escape closes it and focus returns', async () => {
    await page.getByRole('button', { name: 'Edit Wiki' }).click();
    const edit = form('Wiki');
    await expect.poll(() => edit.getByLabel('Name', { exact: true }).inputValue()).toBe('Wiki');
    expect(await edit.getByLabel('Address').inputValue()).toBe(`${home.url}/good`);
    expect(await edit.getByLabel('Timeout (ms)').inputValue()).toBe('5000');
    expect(await edit.getByLabel('How it signs in').inputValue()).toBe('bearer');
    expect(await edit.getByLabel('Token (write-only)').inputValue()).toBe('');
    await edit
      .getByText('A token is set; it is never shown. Leave empty to keep it.', { exact: false })
      .waitFor();
    await expect.poll(focused).toBe('Name');
    await edit.getByLabel('Name', { exact: true }).fill('Changed my mind');
    await page.keyboard.press('Escape');
    await expect.poll(() => form('Wiki').count()).toBe(0);
    await expect.poll(focused).toBe('Edit Wiki');
    await list().getByText('Wiki', { exact: true }).waitFor();
    expect((await stored()).name).toBe('Wiki');
  });

  it('asks for the token when only the address changes, and sends nothing to the new address', async () => {
    await page.getByRole('button', { name: 'Edit Wiki' }).click();
    const edit = form('Wiki');
    await edit.getByLabel('Address').fill(`${elsewhere.url}/good`);
    // Said as soon as the address differs, before Save.
    await edit.getByText(/The address changed, so enter the token again/).waitFor();
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.getByRole('alert').getByText('Not saved: enter the token first.').waitFor();
    await expect.poll(focused).toBe('Token (write-only)');
    await edit.getByText(/the stored token is never sent to a new address unless you type it here/).waitFor();
    expect(elsewhere.requests).toHaveLength(0);
    expect((await stored()).url).toBe(`${home.url}/good`);
    await checkScreen(page, 'console-knowledge-connector-edit-desktop');
  });

  it('saves a new name and address with the token typed again; the list shows them after a reload', async () => {
    const edit = form('Wiki');
    await edit.getByLabel('Name', { exact: true }).fill('Team wiki');
    await edit.getByLabel('Token (write-only)').fill(CONNECTOR_TOKEN);
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved Team wiki: its test query answered.').waitFor();
    await expect.poll(focused).toBe('Edit Team wiki');
    expect(elsewhere.requests.at(-1)?.headers.authorization).toBe(`Bearer ${CONNECTOR_TOKEN}`);
    expect(await stored()).toMatchObject({ name: 'Team wiki', url: `${elsewhere.url}/good` });
    expect(await page.content()).not.toContain(CONNECTOR_TOKEN);
    await page.reload();
    const row = list().getByRole('listitem').filter({ hasText: 'Team wiki' });
    await row.getByText(`${elsewhere.url}/good`, { exact: false }).waitFor();
    expect(await list().getByText(`${home.url}/good`, { exact: false }).count()).toBe(0);
  });

  it('Cancel restores the stored values; a rename alone keeps the stored token', async () => {
    await page.getByRole('button', { name: 'Edit Team wiki' }).click();
    await form('Team wiki').getByLabel('Timeout (ms)').fill('9000');
    await form('Team wiki').getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(focused).toBe('Edit Team wiki');
    await page.getByRole('button', { name: 'Edit Team wiki' }).click();
    const edit = form('Team wiki');
    await expect.poll(() => edit.getByLabel('Timeout (ms)').inputValue()).toBe('5000');
    await edit.getByLabel('Name', { exact: true }).fill('Docs');
    await edit.getByLabel('Fields left out of answers (comma-separated)').fill('internal_notes');
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved Docs.').waitFor();
    expect(await stored()).toMatchObject({ name: 'Docs', excludes: ['internal_notes'] });
    await page.getByRole('button', { name: 'Test Docs' }).click();
    await list()
      .getByText(/^Works: answered in \d+ ms\.$/)
      .waitFor();
  });

  it('asks an OAuth connector for its client again when a setting changes, then offers to authorize', async () => {
    const created = await client.call('POST', '/v1/connectors', oauthWiki(home.url));
    expect(created.status).toBe(201);
    await page.reload();
    await page.getByRole('button', { name: 'Edit Private wiki' }).click();
    const edit = form('Private wiki');
    await expect
      .poll(() => edit.getByLabel('Authorize URL').inputValue())
      .toBe(`${home.url}/oauth/authorize`);
    expect(await edit.getByLabel('Client secret (write-only)').inputValue()).toBe('');
    await edit.getByLabel('Scope').fill('read');
    await edit.getByText('New OAuth settings need the client ID and secret again.').waitFor();
    await edit.getByLabel('Client ID (write-only)').fill('client-1');
    await edit.getByLabel('Client secret (write-only)').fill(OAUTH_CLIENT_SECRET);
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved Private wiki. Authorize it again to use it.').waitFor();
    const saved = (await client.call('GET', `/v1/connectors/${created.json.data.id}`)).json.data;
    expect(saved.oauth).toMatchObject({ scope: 'read', authorized: false });
    const opened = page.context().waitForEvent('page');
    await page.getByRole('button', { name: 'Authorize Private wiki' }).click();
    const provider = await opened;
    await expect.poll(() => provider.url()).toContain(`${home.url}/oauth/authorize?`);
    expect(new URL(provider.url()).searchParams.get('client_id')).toBe('client-1');
    await provider.close();
  });

  it('fits a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Edit Docs' }).click();
    await form('Docs').getByLabel('Address').fill(`${home.url}/good`);
    await form('Docs')
      .getByText(/The address changed/)
      .waitFor();
    await checkScreen(page, 'console-knowledge-connector-edit-phone');
    await page.keyboard.press('Escape');
    await expect.poll(focused).toBe('Edit Docs');
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('shows staff no Edit button', async () => {
    const staff = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    staff.on('pageerror', (error) => errors.push(error.message));
    await staff.goto(`${server.url}/console`);
    await signInWithToken(staff, await server.token({ role: 'staff' }));
    await staff.getByRole('link', { name: 'Knowledge' }).click();
    await staff.getByRole('list', { name: 'Connectors' }).getByText('Private wiki').waitFor();
    await staff.getByText('Docs', { exact: true }).waitFor();
    expect(await staff.getByRole('button', { name: /^Edit (Docs|Private wiki)$/ }).count()).toBe(0);
    await staff.close();
  });

  it('threw no page errors', () => {
    expect(errors).toEqual([]);
  });
});
