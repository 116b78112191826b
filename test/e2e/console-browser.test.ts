// The staff console in Debian's Chromium against the real server, with the widget on the demo page as the requester.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './chromium.js';
import { signInWithToken } from './console-sign-in.js';
import { startTestServer, type TestServer } from './harness.js';

const available = chromiumAvailable('the console browser tests');

const XSS =
  'I want to talk to a human <img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> ' +
  '[click me](javascript:window.__pwned=3) javascript:window.__pwned=4 https://example.com/ok';

describe.skipIf(!available)('staff console in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let staff: string;
  let console_: Page;
  let widget: Page;
  let ticketId: string;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    staff = await server.token({ role: 'staff' });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function newPage(path: string): Promise<Page> {
    const page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}${path}`);
    return page;
  }

  const signIn = signInWithToken;

  it('refuses a bad token with a message, then signs in with a staff token', async () => {
    console_ = await newPage('/console');
    await signIn(console_, 'fd_not_a_real_token');
    await console_.getByRole('alert').getByText('not valid or has been revoked').waitFor();
    await signIn(console_, staff);
    await console_.getByRole('heading', { name: 'Tickets' }).waitFor();
    await console_.getByText('Live', { exact: true }).waitFor();
  });

  it('shows a ticket the widget opens, live, without a reload', async () => {
    widget = await newPage('/');
    await widget.getByRole('button', { name: 'Chat with us' }).click();
    await widget.getByLabel('Write a message…').fill('I want to talk to a human about my refund');
    await widget.keyboard.press('Enter');
    await widget.locator('.fd-ticket').waitFor();
    const row = console_.getByRole('row').filter({ hasText: 'web' }).first();
    await row.waitFor({ timeout: 10_000 });
    ticketId = (await row.getByRole('link').first().textContent()) ?? '';
    expect(ticketId).not.toBe('');
  });

  it('filters the list by status and by text', async () => {
    await console_.getByLabel('Status').selectOption('resolved');
    await console_.getByText('No tickets match.').waitFor();
    await console_.getByLabel('Status').selectOption('');
    await console_.getByLabel('Search').fill('refund');
    await console_.getByRole('button', { name: 'Search' }).click();
    await console_.getByRole('link', { name: ticketId }).waitFor();
    await expect.poll(() => console_.getByRole('row').count()).toBe(2);
  });

  it('opens the ticket and replies; the reply arrives in the widget', async () => {
    await console_.getByRole('link', { name: ticketId }).click();
    await console_.getByRole('heading', { name: new RegExp(ticketId) }).waitFor();
    await console_.getByRole('list', { name: 'Transcript' }).getByText('about my refund').waitFor();
    await console_
      .getByLabel('Reply to the requester')
      .fill('Hi, Grace from support here. Refund is on its way.');
    await console_.getByRole('button', { name: 'Send reply' }).click();
    await console_.getByText('Reply sent and delivered.').waitFor();
    await widget.locator('.fd-staff').getByText('Refund is on its way.').waitFor();
  });

  it('changes the status; the change is posted back in the widget', async () => {
    await console_.getByLabel('Status').selectOption('resolved');
    await console_.getByRole('button', { name: 'Save changes' }).click();
    await console_.getByText('Saved.').waitFor();
    await widget.getByText(`Your ticket ${ticketId} is now resolved.`).waitFor();
  });

  it('takes the conversation over and hands it back', async () => {
    await console_.getByRole('button', { name: 'Take over' }).click();
    await console_.getByText('Staff have taken over: the agent is paused.').waitFor();
    await console_.getByRole('button', { name: 'Hand back to the agent' }).click();
    await console_.getByText('The agent is answering.').waitFor();
  });

  it('keeps XSS in a transcript inert', async () => {
    const response = await server.post('/v1/bots/demo/message', { message: { text: XSS } });
    expect(response.status).toBe(200);
    const list = await fetch(`${server.url}/v1/tickets?channel=api&q=human`, {
      headers: { Authorization: `Bearer ${staff}` },
    });
    const ticket = ((await list.json()) as { data: { id: string }[] }).data[0]!;
    await console_.goto(`${server.url}/console#/tickets/${ticket.id}`);
    const transcript = console_.getByRole('list', { name: 'Transcript' });
    await transcript.getByText('<script>', { exact: false }).first().waitFor();
    await console_.waitForTimeout(300);
    expect(await console_.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect.poll(() => console_.locator('main img, main script').count()).toBe(0);
    const hrefs = await console_
      .locator('main a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.every((href) => /^(https?:|mailto:|#)/.test(href))).toBe(true);
    expect(hrefs).toContain('https://example.com/ok');
  });

  it('lists conversations and shows CSAT results', async () => {
    await console_.getByRole('link', { name: 'Conversations' }).click();
    await console_.getByRole('heading', { name: 'Conversations' }).waitFor();
    await console_.getByRole('row').filter({ hasText: 'web' }).first().waitFor();
    await console_.getByRole('row').filter({ hasText: 'api' }).first().waitFor();
    await console_.getByRole('link', { name: 'CSAT' }).click();
    await console_.getByText(/No ratings yet|Average/).waitFor();
  });

  it('threw no page errors', () => {
    expect(errors).toEqual([]);
  });
});
