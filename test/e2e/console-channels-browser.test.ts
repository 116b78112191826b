// The Channels screen in Chromium against the real server (Slack's Web API faked on 127.0.0.1): the
// Slack installations, routing a channel to another bot, an "Add to Slack" link, Teams registrations
// added, their channel routes listed with their bot and removed, registrations removed; staff see the
// setup but not its actions; a Slack connection's Test button; axe-clean and fitting at 1366 and 390 px.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNING_SECRET } from '../fakes/slack-payloads.js';
import { type FakeSlackWebApi, startFakeSlackWebApi } from '../fakes/slack-web-api.js';
import { chromiumAvailable, launchChromium } from './chromium.js';
import { checkScreen } from './console-axe.js';
import { openConsolePage } from './console-page.js';
import { signInWithToken } from './console-sign-in.js';
import { OWNER_TOKEN, startTestServer, type TestServer } from './harness.js';

const available = chromiumAvailable('the console channels browser tests');
const SHOTS = fileURLToPath(new URL('../journeys/screenshots/', import.meta.url));
const BOT_TOKEN = 'xoxb-console-channels-test';
const APP_ID = '6f1c2d3e-4a5b-4c6d-8e7f-90a1b2c3d4e5';
const TEAMS_CHANNEL = '19:sales-desk@thread.tacv2';
const EMULATOR_CHANNEL = '19:help-desk@thread.tacv2';
const EMULATOR = 'Bot Framework Emulator (FRONTDESK_TEAMS_EMULATOR)';
const APP_SECRET = 'teams-client-secret-never-shown';

describe.skipIf(!available)('console: channels', () => {
  let server: TestServer;
  let slack: FakeSlackWebApi;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  async function openChannels(target: Page, token: string) {
    await target.goto(`${server.url}/console`);
    await signInWithToken(target, token);
    await target.getByRole('link', { name: 'Channels' }).click();
    await target.getByRole('heading', { name: 'Channels' }).waitFor();
    await target.getByRole('cell', { name: 'This server’s SLACK_BOT_TOKEN', exact: true }).waitFor();
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    slack = await startFakeSlackWebApi({
      token: BOT_TOKEN,
      clientId: '1234.5678',
      clientSecret: 'client-secret',
    });
    server = await startTestServer({
      env: {
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_CLIENT_ID: '1234.5678',
        SLACK_CLIENT_SECRET: 'client-secret',
        SLACK_API_URL: slack.apiUrl,
        FRONTDESK_TEAMS_EMULATOR: '1',
      },
    });
    await server.saveBot({ id: 'it', name: 'IT desk' });
    browser = await launchChromium();
    page = await openConsolePage(browser, errors, { clipboardFor: server.url });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await slack?.close();
  });

  it('lists the Slack installation with its default bot', async () => {
    await openChannels(page, OWNER_TOKEN);
    const row = page.getByRole('row', { name: /SLACK_BOT_TOKEN/ });
    await expect.poll(() => row.getByRole('cell').nth(1).textContent()).toBe('demo');
    await expect.poll(() => row.getByRole('cell').nth(2).textContent()).toBe('None');
    await checkScreen(page, 'console-channels-desktop');
  });

  it("tests a Slack connection with Slack's auth.test and shows the answer beside it", async () => {
    const row = page.getByRole('row', { name: /SLACK_BOT_TOKEN/ });
    await row.getByRole('button', { name: 'Test This server’s SLACK_BOT_TOKEN' }).click();
    await row.getByRole('status').getByText('Works: Connected to Example as frontdesk').waitFor();
    expect(slack.callsTo('auth.test').at(-1)?.token).toBe(BOT_TOKEN);
    slack.failNext('auth.test', { error: 'token_revoked' });
    await row.getByRole('button', { name: /^Test / }).click();
    await row.getByRole('status').getByText('Failed: token_revoked').waitFor();
    await checkScreen(page, 'console-channels-slack-test-desktop');
  });

  it('refuses a bad channel id naming the field, routes a channel to another bot, and removes the route', async () => {
    await page.getByLabel('Channel id', { exact: true }).fill('general');
    await page.getByRole('button', { name: 'Route channel' }).click();
    await page
      .getByRole('alert')
      .getByText(/^Channel id:/)
      .waitFor();
    await page.getByLabel('Channel id', { exact: true }).fill('C0SALES1');
    await page.getByLabel(/^Answered by/).selectOption('it');
    await page.getByRole('button', { name: 'Route channel' }).click();
    await page.getByText('Routed C0SALES1 → it.').waitFor();
    const row = page.getByRole('row', { name: /SLACK_BOT_TOKEN/ });
    await row.getByRole('cell', { name: 'C0SALES1 → it' }).waitFor();
    const listed = await fetch(`${server.url}/v1/slack/connections`, {
      headers: { Authorization: `Bearer ${OWNER_TOKEN}` },
    });
    const body = (await listed.json()) as { data: unknown[]; configured: boolean };
    expect(body.configured).toBe(true);
    expect(body.data).toMatchObject([
      { id: 'slack:env', botId: 'demo', routes: [{ channelId: 'C0SALES1', botId: 'it' }] },
    ]);
    await page.getByRole('button', { name: 'Remove the route of C0SALES1' }).click();
    await row.getByRole('cell', { name: 'None', exact: true }).waitFor();
    expect(await server.store.getChannelRoute('slack:env', 'C0SALES1')).toBeUndefined();
  });

  it('creates an "Add to Slack" link that starts the install', async () => {
    await page.getByLabel('Bot to install').selectOption('it');
    await page.getByRole('button', { name: 'Create install link' }).click();
    const url = await page.getByLabel('Install link').inputValue();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/slack\/install\?link=[\w-]+$/);
    // The link opens Slack's install page for this app.
    const started = await fetch(url, { redirect: 'manual' });
    expect(started.status).toBe(200);
    expect(await started.text()).toContain('client_id=1234.5678');
    await page.getByRole('button', { name: 'Copy link' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  });

  it('registers a Teams app whose secret is never shown, and routes a channel of it', async () => {
    await page.getByLabel('App id').fill('not-a-guid');
    await page.getByRole('button', { name: 'Register app' }).click();
    await page
      .getByRole('alert')
      .getByText(/^App id:/)
      .waitFor();
    await page.getByLabel('App id').fill(APP_ID);
    await page.getByLabel('Answers as').selectOption('it');
    await page.getByLabel('Client secret').fill(APP_SECRET);
    await page.getByRole('button', { name: 'Register app' }).click();
    const row = page.getByRole('row', { name: new RegExp(APP_ID) });
    await row.getByRole('cell', { name: 'Set', exact: true }).waitFor();
    expect(await page.content()).not.toContain(APP_SECRET);
    const listed = await fetch(`${server.url}/v1/teams/registrations`, {
      headers: { Authorization: `Bearer ${OWNER_TOKEN}` },
    });
    // This server's own connection (the Emulator here) is listed first, then the registration.
    expect(((await listed.json()) as { data: unknown[] }).data).toMatchObject([
      { connectionId: 'teams:env', kind: 'environment', appId: null, botId: 'demo', routes: [] },
      { connectionId: APP_ID, kind: 'registration', appId: APP_ID, botId: 'it', hasSecret: true },
    ]);
    await checkScreen(page, 'console-channels-teams-desktop');

    await page.getByLabel('Teams channel id').fill('general');
    await page.getByRole('button', { name: 'Route Teams channel' }).click();
    await page
      .getByRole('alert')
      .getByText(/^Teams channel id:/)
      .waitFor();
    await page.getByLabel(/^Teams app/).selectOption(APP_ID);
    await page.getByLabel('Teams channel id').fill(TEAMS_CHANNEL);
    await page.getByLabel('Teams channel answered by').selectOption('it');
    await page.getByRole('button', { name: 'Route Teams channel' }).click();
    await page.getByText(`Routed ${TEAMS_CHANNEL} → it.`).waitFor();
    expect(await server.store.getChannelRoute(APP_ID, TEAMS_CHANNEL)).toMatchObject({ botId: 'it' });
  });

  it('lists each Teams channel route with its bot, and removes one', async () => {
    const appRow = page.getByRole('row', { name: new RegExp(APP_ID) });
    await expect
      .poll(() => appRow.getByRole('listitem').filter({ hasText: TEAMS_CHANNEL }).textContent())
      .toContain(`${TEAMS_CHANNEL} → it`);
    await page.getByLabel(/^Teams app/).selectOption({ label: EMULATOR });
    await page.getByLabel('Teams channel id').fill(EMULATOR_CHANNEL);
    await page.getByLabel('Teams channel answered by').selectOption('it');
    await page.getByRole('button', { name: 'Route Teams channel' }).click();
    const emulatorRow = page.getByRole('row', { name: /^Bot Framework Emulator/ });
    await emulatorRow
      .getByRole('listitem')
      .filter({ hasText: `${EMULATOR_CHANNEL} → it` })
      .waitFor();
    const listed = await fetch(`${server.url}/v1/teams/registrations`, {
      headers: { Authorization: `Bearer ${OWNER_TOKEN}` },
    });
    expect(((await listed.json()) as { data: unknown[] }).data).toMatchObject([
      { connectionId: 'teams:env', routes: [{ channelId: EMULATOR_CHANNEL, botId: 'it' }] },
      { connectionId: APP_ID, routes: [{ channelId: TEAMS_CHANNEL, botId: 'it' }] },
    ]);
    await checkScreen(page, 'console-channels-teams-routes-desktop');

    await page.getByRole('button', { name: `Remove the route of ${TEAMS_CHANNEL}` }).click();
    await appRow.getByRole('cell', { name: 'None', exact: true }).waitFor();
    expect(await server.store.getChannelRoute(APP_ID, TEAMS_CHANNEL)).toBeUndefined();
    expect(await server.store.getChannelRoute('teams:env', EMULATOR_CHANNEL)).toMatchObject({ botId: 'it' });

    await page.getByRole('button', { name: `Remove ${APP_ID}` }).click();
    await page.getByText('No Teams registrations yet.').waitFor();
    expect(await server.store.getTeamsRegistration(APP_ID)).toBeUndefined();
  });

  it('shows staff the setup on a phone without the admin actions', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const staffPage = await phone.newPage();
    staffPage.setDefaultTimeout(15_000);
    await openChannels(staffPage, await server.token({ role: 'staff' }));
    await staffPage.getByText('Only owners and admins change Slack routes.').waitFor();
    await expect.poll(() => staffPage.getByRole('button', { name: 'Route channel' }).count()).toBe(0);
    await expect.poll(() => staffPage.getByRole('button', { name: 'Create install link' }).count()).toBe(0);
    await expect.poll(() => staffPage.getByRole('button', { name: 'Register app' }).count()).toBe(0);
    await expect.poll(() => staffPage.getByRole('button', { name: 'Route Teams channel' }).count()).toBe(0);
    // The Teams routes are shown, without their remove buttons.
    await staffPage
      .getByRole('listitem')
      .filter({ hasText: `${EMULATOR_CHANNEL} → it` })
      .waitFor();
    await expect.poll(() => staffPage.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
    await expect.poll(() => staffPage.getByRole('button', { name: /^Test / }).count()).toBe(0);
    await checkScreen(staffPage, 'console-channels-staff-phone');
    await phone.close();
    expect(errors).toEqual([]);
  });
});
