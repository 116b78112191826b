// The Integrations screen in Chromium against the real server and a fake Jira on 127.0.0.1: connect
// Jira, test it (a wrong token fails, the right one passes), see a widget visitor's request for a person land
// there as an issue and the status show the delivery; a new URL needs the token again; a webhook's
// signed ping; ServiceNow's table read; pause, resume, delete; secrets never on the page; staff get "Not allowed".
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JIRA_CREDENTIALS } from '../fakes/jira-server.js';
import { SERVICENOW_CREDENTIALS } from '../fakes/servicenow-server.js';
import { WEBHOOK_SECRET } from '../fakes/webhook-receiver.js';
import { chromiumAvailable, launchChromium } from './chromium.js';
import { checkScreen } from './console-axe.js';
import { openConsolePage } from './console-page.js';
import { signInWithToken } from './console-sign-in.js';
import { OWNER_TOKEN } from './harness.js';
import { useTicketSystems } from './ticket-systems.js';

const available = chromiumAvailable('the console integrations browser tests');
const SHOTS = fileURLToPath(new URL('../journeys/screenshots/', import.meta.url));
const WRONG_TOKEN = 'wrong-jira-token-never-shown';

describe.skipIf(!available)('console: integrations', () => {
  const systems = useTicketSystems();
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  const row = (name: string) => page.getByRole('row', { name: new RegExp(name) });

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
    page = await openConsolePage(browser, errors);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('connects Jira for the demo bot; the test shows a wrong token, then passes with the right one', async () => {
    const { server, jira } = systems;
    await page.goto(`${server.url}/console`);
    await signInWithToken(page, OWNER_TOKEN);
    await page.getByRole('link', { name: 'Integrations' }).click();
    await page.getByRole('heading', { name: 'Integrations' }).waitFor();
    await page.getByText('No ticket system is connected yet.').waitFor();
    await page.getByRole('button', { name: 'Connect a ticket system' }).click();
    await page.getByLabel('Name').fill('Support Jira');
    await page.getByLabel('Jira site URL').fill(jira.url);
    await page.getByLabel('Account e-mail').fill(JIRA_CREDENTIALS.email);
    await page.getByLabel('Project key').fill(JIRA_CREDENTIALS.projectKey);
    await page.getByLabel('API token').fill(WRONG_TOKEN);
    await page.getByLabel('Tickets of bot').selectOption('demo');
    await checkScreen(page, 'console-integrations-form-desktop');
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await page.getByText('Connected Support Jira.').waitFor();
    await row('Support Jira').getByRole('cell', { name: 'Demo bot' }).waitFor();

    await page.getByRole('button', { name: 'Test Support Jira' }).click();
    await page
      .getByRole('alert')
      .getByText(/Support Jira: test failed\. Jira answered 401/)
      .waitFor();

    await page.getByRole('button', { name: 'Edit Support Jira' }).click();
    await page.getByLabel('Replace api token').fill(JIRA_CREDENTIALS.apiToken);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved Support Jira.').waitFor();
    await page.getByRole('button', { name: 'Test Support Jira' }).click();
    await page
      .getByRole('status')
      .getByText(
        /Support Jira: test passed\. Signed in to Jira as Frontdesk Bot; project SUP \(Support\) found\./,
      )
      .waitFor();
    expect(jira.created()).toBe(0);
    const content = await page.content();
    expect(content).not.toContain(WRONG_TOKEN);
    expect(content).not.toContain(JIRA_CREDENTIALS.apiToken);
  });

  it('sends a widget visitor’s request for a person to Jira, and shows the delivery', async () => {
    const { server, jira } = systems;
    await expect.poll(() => row('Support Jira').getByRole('cell', { name: 'Never' }).count()).toBe(1);
    // A visitor on the demo page asks for a person in the widget.
    const visitor = await page.context().newPage();
    await visitor.goto(server.url);
    await visitor.getByRole('button', { name: 'Chat with us' }).click();
    await visitor.getByLabel('Write a message…').fill('I want to talk to a human');
    await visitor.keyboard.press('Enter');
    await visitor.locator('.fd-ticket').waitFor();
    await visitor.close();
    const deadline = Date.now() + 10_000;
    while (jira.issues.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(jira.issues).toHaveLength(1);
    expect(jira.issues[0]?.fields).toMatchObject({
      project: { key: 'SUP' },
      summary: expect.stringMatching(/human/),
    });
    // The screen reads the status again when opened.
    await page.getByRole('link', { name: 'Team' }).click();
    await page.getByRole('link', { name: 'Integrations' }).click();
    await row('Support Jira').getByRole('cell', { name: 'None', exact: true }).waitFor();
    await expect.poll(() => row('Support Jira').getByRole('cell', { name: 'Never' }).count()).toBe(0);
    await checkScreen(page, 'console-integrations-desktop');
  }, 60_000);

  it('refuses a new URL unless the token is sent again, so a stored secret cannot be redirected', async () => {
    const { server, jira } = systems;
    await page.getByRole('button', { name: 'Edit Support Jira' }).click();
    await page.getByLabel('Jira site URL').fill('https://elsewhere.example.com');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page
      .getByRole('alert')
      .getByText(/requires sending the secret again/)
      .waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    const stored = await server.store.listIntegrations('ws_default');
    expect(stored[0]?.data.baseUrl).toBe(jira.url);
  });

  it('tests a webhook with a signed ping, pauses, resumes and deletes it', async () => {
    const { server, webhook } = systems;
    await page.getByRole('button', { name: 'Connect a ticket system' }).click();
    await page.getByLabel('Kind').selectOption('webhook');
    await page.getByLabel('Name').fill('Ops hook');
    await page.getByLabel('Webhook URL').fill(`${webhook.url}/tickets`);
    await page.getByLabel('Signing secret').fill(WEBHOOK_SECRET);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await page.getByText('Connected Ops hook.').waitFor();
    await page.getByRole('button', { name: 'Test Ops hook' }).click();
    await page.getByText(/Ops hook: test passed\. The webhook accepted a signed ping/).waitFor();
    expect(webhook.pings()).toBe(1);
    expect(webhook.created()).toBe(0);

    await page.getByRole('button', { name: 'Pause Ops hook' }).click();
    await row('Ops hook').getByRole('cell', { name: 'Paused' }).waitFor();
    expect((await server.store.listIntegrations('ws_default'))[1]?.status).toBe('inactive');
    await page.getByRole('button', { name: 'Resume Ops hook' }).click();
    await row('Ops hook').getByRole('cell', { name: 'Active' }).waitFor();
    // Delete asks first; Escape (or Cancel) keeps the integration and gives focus back to Delete.
    await page.getByRole('button', { name: 'Delete Ops hook' }).click();
    const question = page.getByRole('group', { name: 'Delete Ops hook?' });
    await question.waitFor();
    // Focus moves after the question renders: poll for it rather than read it once.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await checkScreen(page, 'console-integrations-confirm-desktop');
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Delete Ops hook');
    expect(await server.store.listIntegrations('ws_default')).toHaveLength(2);
    await page.getByRole('button', { name: 'Delete Ops hook' }).click();
    await page.getByRole('button', { name: 'Yes, delete Ops hook' }).click();
    await page.getByText('Deleted Ops hook.').waitFor();
    await row('Ops hook').waitFor({ state: 'detached' });
    expect(await server.store.listIntegrations('ws_default')).toHaveLength(1);
  });

  it('connects ServiceNow, whose test reads the incident table with the password', async () => {
    const { server, servicenow } = systems;
    await page.getByRole('button', { name: 'Connect a ticket system' }).click();
    await page.getByLabel('Kind').selectOption('servicenow');
    await page.getByLabel('Name').fill('IT incidents');
    await page.getByLabel('Instance URL').fill(servicenow.url);
    await page.getByLabel('API user').fill(SERVICENOW_CREDENTIALS.username);
    await page.getByLabel('Password').fill(SERVICENOW_CREDENTIALS.password);
    await page.getByLabel('Tickets of bot').selectOption('demo');
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
    await page.getByText('Connected IT incidents.').waitFor();
    await page.getByRole('button', { name: 'Test IT incidents' }).click();
    await page.getByText(/IT incidents: test passed\. Signed in to ServiceNow as frontdesk/).waitFor();
    expect(servicenow.requests.at(-1)?.path).toMatch(/^\/api\/now\/table\/incident\?/);
    expect(await page.content()).not.toContain(SERVICENOW_CREDENTIALS.password);
    // The demo bot's tickets moved here from Jira.
    await row('Support Jira').getByRole('cell', { name: 'No bot' }).waitFor();
    const ticketsOf = async () =>
      (await server.store.getBot('ws_default', 'demo'))?.settings.ticketPolicy.integrationId;
    const serviceNowId = (await server.store.listIntegrations('ws_default')).find(
      (each) => each.kind === 'servicenow',
    )?.id;
    expect(await ticketsOf()).toBe(serviceNowId);
    // Deleting it leaves the bot's tickets in the desk, not pointing at nothing.
    await page.getByRole('button', { name: 'Delete IT incidents' }).click();
    await page.getByRole('button', { name: 'Yes, delete IT incidents' }).click();
    await page.getByText('Deleted IT incidents.').waitFor();
    expect(await ticketsOf()).toBeUndefined();
  });

  it('fits a phone, and staff get "Not allowed" for the integrations and the request log', async () => {
    const { server } = systems;
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const phonePage = await phone.newPage();
    phonePage.setDefaultTimeout(15_000);
    await phonePage.goto(`${server.url}/console#/integrations`);
    await signInWithToken(phonePage, OWNER_TOKEN);
    await phonePage.getByRole('row', { name: /Support Jira/ }).waitFor();
    await checkScreen(phonePage, 'console-integrations-phone');

    const staff = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const staffPage = await staff.newPage();
    staffPage.setDefaultTimeout(15_000);
    await staffPage.goto(`${server.url}/console#/integrations`);
    await signInWithToken(staffPage, await server.token({ role: 'staff' }));
    await staffPage.getByRole('link', { name: 'Tickets' }).waitFor();
    await staffPage.getByRole('heading', { name: 'Not allowed' }).waitFor();
    await expect.poll(() => staffPage.getByRole('link', { name: 'Integrations' }).count()).toBe(0);
    await expect.poll(() => staffPage.getByRole('link', { name: 'Request log' }).count()).toBe(0);
    await staffPage.goto(`${server.url}/console#/log`);
    await staffPage.getByRole('heading', { name: 'Not allowed' }).waitFor();
    await checkScreen(staffPage, 'console-integrations-staff-phone');
    await Promise.all([phone.close(), staff.close()]);
    expect(errors).toEqual([]);
  });
});
