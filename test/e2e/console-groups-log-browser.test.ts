// Groups on the Team screen and the Request log screen, in Chromium against the real server: create,
// rename, fill and empty, delete a group (its name shown as text, never run); the log filtered by
// status class, method, path, bot, request id and time, paged, a row opened; axe-clean at 1366 and 390 px.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './chromium.js';
import { checkScreen } from './console-axe.js';
import { openConsolePage } from './console-page.js';
import { signInWithToken } from './console-sign-in.js';
import { api } from './desk-helpers.js';
import { OWNER_TOKEN, startTestServer, type TestServer } from './harness.js';

const available = chromiumAvailable('the console groups and request log browser tests');
const SHOTS = fileURLToPath(new URL('../journeys/screenshots/', import.meta.url));
const NAME = 'Billing <img src=x onerror="window.__pwned=1">';

describe.skipIf(!available)('console: groups and the request log', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let adaId = '';
  const errors: string[] = [];

  const groups = async () => (await api(server, OWNER_TOKEN, 'GET', '/v1/groups')).json.data;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startTestServer();
    const ada = await api(server, OWNER_TOKEN, 'POST', '/v1/members', {
      email: 'ada@example.com',
      role: 'staff',
    });
    adaId = ada.json.data.id;
    await api(server, OWNER_TOKEN, 'POST', '/v1/members', { email: 'ben@example.com', role: 'staff' });
    browser = await launchChromium();
    page = await openConsolePage(browser, errors);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('creates a group whose name is shown as text, renames it and adds a member', async () => {
    await page.goto(`${server.url}/console#/team`);
    await signInWithToken(page, OWNER_TOKEN);
    await page.getByRole('heading', { name: 'Groups' }).waitFor();
    await page.getByText('No groups yet.').waitFor();
    await page.getByLabel('New group').fill(NAME);
    await page.getByRole('button', { name: 'Create group' }).click();
    await page.getByRole('heading', { name: NAME }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    await page.getByLabel(`Name of ${NAME}`).fill('Billing');
    await page.getByRole('button', { name: 'Rename' }).click();
    await page.getByRole('heading', { name: 'Billing', exact: true }).waitFor();
    await page.getByLabel('Add to Billing').selectOption({ label: 'ada@example.com' });
    await page.getByRole('button', { name: 'Add member' }).click();
    await page.getByText('Added ada@example.com to Billing.').waitFor();
    await page.getByRole('list', { name: 'Members of Billing' }).getByText('ada@example.com').waitFor();
    expect(await groups()).toMatchObject([{ name: 'Billing', memberIds: [adaId] }]);
    await checkScreen(page, 'console-groups-desktop');
  });

  it('removes the member and deletes the group', async () => {
    await page.getByRole('button', { name: 'Remove ada@example.com from Billing' }).click();
    await page.getByText('Removed ada@example.com from Billing.').waitFor();
    expect(await groups()).toMatchObject([{ name: 'Billing', memberIds: [] }]);
    await page.getByRole('button', { name: 'Delete group Billing' }).click();
    // It asks first: Cancel keeps the group.
    await page.getByRole('group', { name: 'Delete the group Billing?' }).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await groups()).toHaveLength(1);
    await page.getByRole('button', { name: 'Delete group Billing' }).click();
    await page.getByRole('button', { name: 'Yes, delete the group Billing' }).click();
    await page.getByText('No groups yet.').waitFor();
    expect(await groups()).toEqual([]);
  });

  it('lists requests newest first, pages through them and opens one', async () => {
    for (let index = 0; index < 55; index++) await api(server, OWNER_TOKEN, 'GET', '/v1/me');
    await fetch(`${server.url}/v1/me`, {
      headers: { Authorization: `Bearer ${OWNER_TOKEN}`, 'X-Request-Id': 'trace-console-7' },
    });
    await page.getByRole('link', { name: 'Request log' }).click();
    await page.getByRole('heading', { name: 'Request log' }).waitFor();
    const pages = page.getByRole('navigation', { name: 'Pages' });
    await pages.getByText(/^1–50 of \d+$/).waitFor();
    const total = Number((await pages.getByRole('status').textContent())?.split(' of ')[1]);
    expect(total).toBeGreaterThan(60);
    await checkScreen(page, 'console-log-desktop');
    await page.getByRole('button', { name: 'Next page' }).click();
    // The page just read is logged too, so the total has grown by one.
    await pages.getByText(/^51–\d+ of \d+$/).waitFor();
    await page.getByRole('button', { name: 'Previous page' }).click();
    await pages.getByText(/^1–50 of /).waitFor();

    await page.getByLabel('Request id').fill('trace-console-7');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await pages.getByText('1–1 of 1').waitFor();
    await page.getByRole('button', { name: /^Details of GET \/v1\/me/ }).click();
    const details = page.getByRole('region', { name: 'GET /v1/me' });
    await details.getByText('trace-console-7').waitFor();
    await expect.poll(() => details.getByText('200', { exact: true }).count()).toBe(1);
    await checkScreen(page, 'console-log-details-desktop');
    await page.getByRole('button', { name: 'Close details' }).click();
  });

  it('filters by status class, method, path, bot and time', async () => {
    await page.getByRole('button', { name: 'Clear' }).click();
    const routes = async () =>
      page.getByRole('row').evaluateAll((rows) =>
        rows.slice(1).map((row) => {
          const cells = [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '');
          return `${cells[1]} ${cells[2]} ${cells[3]}`;
        }),
      );
    expect((await api(server, OWNER_TOKEN, 'GET', '/v1/groups/grp_missing')).status).toBe(404);
    await page.getByLabel('Status').selectOption('4xx');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('row', { name: /GET \/v1\/groups\/:id 404/ }).waitFor();
    expect((await routes()).every((line) => / 4\d\d$/.test(line))).toBe(true);
    await page.getByLabel('Status').selectOption('2xx');
    await page.getByLabel('Method').selectOption('POST');
    await page.getByLabel('Path contains').fill('MEMBERS');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('navigation', { name: 'Pages' }).getByText('1–2 of 2').waitFor();
    // The 4xx page above can hold two rows as well: wait for the new rows, not only the count.
    await expect.poll(routes).toEqual(['POST /v1/members 201', 'POST /v1/members 201']);
    await page.getByLabel('Path contains').fill('');
    await page.getByLabel('Method').selectOption('');
    await page.getByLabel('Status').selectOption('');
    await api(server, OWNER_TOKEN, 'GET', '/v1/bots/demo');
    await page.getByLabel('Bot').selectOption('demo');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('row', { name: /GET \/v1\/bots\/:botId 200/ }).waitFor();
    expect((await routes()).every((line) => line.includes(':botId'))).toBe(true);
    await page.getByLabel('From').fill('2999-01-01T00:00');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByText('No request matches these filters.').waitFor();
  });

  it('fits a phone', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const phonePage = await phone.newPage();
    phonePage.setDefaultTimeout(15_000);
    await phonePage.goto(`${server.url}/console#/log`);
    await signInWithToken(phonePage, OWNER_TOKEN);
    await phonePage
      .getByRole('navigation', { name: 'Pages' })
      .getByText(/^1–50 of /)
      .waitFor();
    await checkScreen(phonePage, 'console-log-phone');
    // The whole log is long on a phone; the first screenful shows the filters and the first cards.
    await phonePage.screenshot({ path: `${SHOTS}console-log-phone-top.png` });
    await api(server, OWNER_TOKEN, 'POST', '/v1/groups', { name: 'Night shift', memberIds: [adaId] });
    await phonePage.getByRole('link', { name: 'Team' }).click();
    await phonePage.getByRole('heading', { name: 'Night shift' }).waitFor();
    await checkScreen(phonePage, 'console-groups-phone');
    // The question fits a phone too; Escape puts focus back on the button that asked it.
    await phonePage.getByRole('button', { name: 'Delete group Night shift' }).click();
    await phonePage.getByRole('group', { name: 'Delete the group Night shift?' }).waitFor();
    await checkScreen(phonePage, 'console-groups-confirm-phone');
    await phonePage.keyboard.press('Escape');
    await expect
      .poll(() => phonePage.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Delete group Night shift');
    await phone.close();
    expect(errors).toEqual([]);
  });
});
