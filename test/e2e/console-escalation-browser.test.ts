// The escalation form on a bot's page, in Chromium against the real server: hand-over triggers, keyword
// ticket types, the ticket system, business hours per weekday in a time zone with holidays and the off-hours message;
// an API validation error shown next to its weekday; saved, reloaded and kept; the saved policy applies.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, api } from './agents-helpers.js';
import { chromiumAvailable, launchChromium } from './chromium.js';
import { axeViolations, overflowing } from './console-axe.js';
import { signInWithToken } from './console-sign-in.js';
import { OWNER_TOKEN, startTestServer, type TestServer } from './harness.js';

const available = chromiumAvailable('the console escalation browser tests');
const SHOTS = fileURLToPath(new URL('../journeys/screenshots/', import.meta.url));
const OFF_HOURS = 'We are back on Monday at nine.';

describe.skipIf(!available)('console: escalation policy and business hours', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let client: Api;
  let webhookId = '';
  const errors: string[] = [];

  async function check(name: string) {
    expect(await axeViolations(page), name).toEqual([]);
    expect(await overflowing(page), `${name} fits its width`).toEqual([]);
    await page.getByRole('heading', { name: 'Escalation' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });
  }
  const policy = async () => (await client.call('GET', '/v1/bots/demo')).json.data.settings.ticketPolicy;
  const form = () => page.getByRole('form', { name: 'Escalation' });

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startTestServer();
    client = api(server);
    const webhook = await client.call('POST', '/v1/integrations', {
      kind: 'webhook',
      name: 'Ops webhook',
      environment: 'production',
      data: { url: 'http://127.0.0.1:9/tickets' },
      secret: 'webhook-secret-0123456789',
    });
    expect(webhook.status, JSON.stringify(webhook.json)).toBe(201);
    webhookId = webhook.json.data.id;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.on('pageerror', (error) => errors.push(error.message));
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/console`);
    await signInWithToken(page, OWNER_TOKEN);
    await page.goto(`${server.url}/console#/bots/demo`);
    await form().waitFor();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sets when to hand over, the ticket system and keyword ticket types', async () => {
    await form().getByLabel('When the agent has no answer').uncheck();
    await form()
      .getByLabel(/^Messages starting with \(one per line\)/)
      .fill('urgent\nasap');
    await form().getByLabel('Hand-over').selectOption('confirm');
    await form().getByLabel('Tickets go to').selectOption({ label: 'Ops webhook (webhook)' });
    await form().getByRole('button', { name: 'Add keyword rule' }).click();
    await form().getByLabel('Keywords (rule 1)').fill('refund, invoice');
    await form().getByLabel('Type (rule 1)').fill('billing');
    await form().getByLabel('Priority (rule 1)').fill('high');
    await form().getByRole('button', { name: 'Save escalation' }).click();
    await page.getByText('Escalation policy saved.').waitFor();
    expect(await policy()).toMatchObject({
      noAnswer: false,
      startsWith: ['urgent', 'asap'],
      handover: 'confirm',
      integrationId: webhookId,
      ticketTypes: [{ type: 'billing', priority: 'high', keywords: ['refund', 'invoice'] }],
    });
  });

  it('shows the API refusal of a bad opening next to its weekday, then saves business hours', async () => {
    await form().getByLabel('Staff answer only during business hours').check();
    await form().getByLabel('Time zone').selectOption('Europe/Berlin');
    await form().getByLabel('Monday opens').fill('18:00');
    await form().getByLabel('Monday closes').fill('09:00');
    await form().getByRole('button', { name: 'Save escalation' }).click();
    const mondayError = page.locator('[id="error-businessHours.days.mon"]');
    await mondayError.getByText(/must come before/).waitFor();
    expect(await form().getByLabel('Monday opens').getAttribute('aria-describedby')).toBe(
      'error-businessHours.days.mon',
    );
    await page.getByRole('alert').getByText('Not saved: see the field marked below.').waitFor();
    await form().getByLabel('Monday opens').fill('09:00');
    await form().getByLabel('Monday closes').fill('12:30');
    await form().getByRole('button', { name: 'Add hours on Monday' }).click();
    await form().getByRole('checkbox', { name: 'Friday' }).uncheck();
    await form().getByRole('checkbox', { name: 'Saturday' }).check();
    await form().getByLabel('Message outside business hours').fill(OFF_HOURS);
    for (const day of ['2026-12-25', '2026-12-24']) {
      await form().getByLabel('Holiday (closed all day)').fill(day);
      await form().getByRole('button', { name: 'Add holiday' }).click();
    }
    await form().getByRole('button', { name: 'Save escalation' }).click();
    await page.getByText('Escalation policy saved.').waitFor();
    await expect.poll(() => mondayError.count()).toBe(0);
    const saved = await policy();
    expect(saved.businessHours).toEqual({
      timeZone: 'Europe/Berlin',
      offHoursMessage: OFF_HOURS,
      holidays: ['2026-12-24', '2026-12-25'],
      days: {
        mon: [
          { from: '09:00', to: '12:30' },
          { from: '13:00', to: '17:00' },
        ],
        tue: [{ from: '09:00', to: '17:00' }],
        wed: [{ from: '09:00', to: '17:00' }],
        thu: [{ from: '09:00', to: '17:00' }],
        sat: [{ from: '09:00', to: '17:00' }],
      },
    });
    await check('console-escalation-desktop');
  });

  it('keeps every value after a reload', async () => {
    await page.reload();
    await form().waitFor();
    await expect.poll(() => form().getByLabel('Time zone').inputValue()).toBe('Europe/Berlin');
    await expect.poll(() => form().getByLabel('Monday closes').first().inputValue()).toBe('12:30');
    expect(await form().getByRole('checkbox', { name: 'Friday' }).isChecked()).toBe(false);
    await expect.poll(() => form().getByLabel('Message outside business hours').inputValue()).toBe(OFF_HOURS);
    expect(
      await form().getByRole('list', { name: 'Holidays' }).getByRole('listitem').allTextContents(),
    ).toEqual(['2026-12-24 Remove', '2026-12-25 Remove']);
    expect(
      await form()
        .getByLabel(/^Messages starting with \(one per line\)/)
        .inputValue(),
    ).toBe('urgent\nasap');
    await expect.poll(() => form().getByLabel('Tickets go to').inputValue()).toBe(webhookId);
    await expect.poll(() => form().getByLabel('Keywords (rule 1)').inputValue()).toBe('refund, invoice');
    expect(await form().getByLabel('When the agent has no answer').isChecked()).toBe(false);
  });

  it('turns business hours and the ticket system off again; the saved triggers open typed tickets', async () => {
    await form().getByLabel('Staff answer only during business hours').uncheck();
    await form().getByLabel('Tickets go to').selectOption('');
    await form().getByLabel('Hand-over').selectOption('immediate');
    await form().getByRole('button', { name: 'Save escalation' }).click();
    await page.getByText('Escalation policy saved.').waitFor();
    const saved = await policy();
    expect(saved.businessHours).toBeUndefined();
    expect(saved.integrationId).toBeUndefined();
    const reply = await client.call('POST', '/v1/bots/demo/message', {
      message: { text: 'urgent: my refund has not arrived' },
    });
    expect(reply.status).toBe(200);
    expect(reply.json.data.ticketDetails).toMatchObject({
      type: 'billing',
      priority: 'high',
      status: 'open',
    });
  });

  it('works on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await form().getByLabel('Staff answer only during business hours').check();
    await form().getByLabel('Wednesday closes').waitFor();
    await check('console-escalation-phone');
  });

  it('threw no page errors', () => {
    expect(errors).toEqual([]);
  });
});
