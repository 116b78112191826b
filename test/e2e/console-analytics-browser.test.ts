// The Analytics screen in Chromium against the real server: widget conversations (answered, handed over,
// rated 👍/👎), a staff reply, a resolved ticket and its CSAT answer, plus two weeks of Slack history;
// the figures shown, a CSV downloaded and read, "Not allowed" for a role without conversations:read,
// axe-clean and fitting at 1366 and 390 px.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './chromium.js';
import { checkScreen } from './console-axe.js';
import { signInWithToken } from './console-sign-in.js';
import { api } from './desk-helpers.js';
import { OWNER_TOKEN, readSse, startTestServer, type TestServer } from './harness.js';

const available = chromiumAvailable('the console analytics browser tests');
const SHOTS = fileURLToPath(new URL('../journeys/screenshots/', import.meta.url));
const DAY = 86_400_000;

/** A widget visitor who writes, votes and answers the CSAT question over the widget API. */
async function visitor(server: TestServer) {
  const headers = { 'Content-Type': 'application/json', Origin: server.url };
  const session = await fetch(`${server.url}/widget/v1/sessions`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ botId: 'demo' }),
  });
  const token = ((await session.json()) as { data: { visitorToken: string } }).data.visitorToken;
  const auth = { ...headers, Authorization: `Bearer ${token}` };
  let conversationId: string | undefined;
  return {
    async say(text: string): Promise<string> {
      const response = await fetch(`${server.url}/widget/v1/messages`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ text, ...(conversationId ? { conversationId } : {}) }),
      });
      const start = (await readSse(response)).find((frame) => frame.event === 'message-start');
      const data = start?.data as { conversationId: string; messageId: string };
      conversationId = data.conversationId;
      return data.messageId;
    },
    async vote(messageId: string, feedback: 'helpful' | 'not-helpful') {
      const response = await fetch(`${server.url}/widget/v1/conversations/${conversationId}/feedback`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ messageId, feedback }),
      });
      expect(response.status).toBe(200);
    },
    conversationId: () => conversationId ?? '',
  };
}

/** Slack conversations on the 13 days before today (1–4 a day), each answered by the bot. */
async function slackHistory(server: TestServer): Promise<number> {
  const today = Math.floor(Date.now() / DAY) * DAY;
  let count = 0;
  for (let daysAgo = 1; daysAgo <= 13; daysAgo++) {
    for (let index = 0; index < (daysAgo % 4) + 1; index++) {
      const id = `hist_${daysAgo}_${index}`;
      const at = today - daysAgo * DAY + (index + 9) * 3_600_000;
      await server.store.createConversation({
        id,
        workspaceId: 'ws_default',
        botId: 'demo',
        channel: 'slack',
        channelKey: `slack:T1:C1:${id}`,
        requester: null,
        createdAt: at,
        updatedAt: at,
      });
      const message = { workspaceId: 'ws_default', conversationId: id, sources: [], ticketId: null };
      await server.store.appendMessage({
        ...message,
        id: `${id}_q`,
        role: 'user',
        text: 'VPN?',
        createdAt: at,
      });
      await server.store.appendMessage({
        ...message,
        id: `${id}_a`,
        role: 'assistant',
        text: 'Yes.',
        createdAt: at + 1,
      });
      count++;
    }
  }
  return count;
}

describe.skipIf(!available)('console: analytics', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let history = 0;
  const errors: string[] = [];

  async function openAnalytics(target: Page, token: string) {
    await target.goto(`${server.url}/console`);
    await signInWithToken(target, token);
    await target.getByRole('link', { name: 'Analytics' }).click();
    await target.getByRole('heading', { name: 'Analytics', level: 1 }).waitFor();
    await target.locator('[data-report="ticket-age"] .headline').waitFor();
  }

  const filter = (name: string) => page.locator('.filters label', { hasText: name }).locator('select');
  const headline = (report: string) => page.locator(`[data-report="${report}"] .headline`).textContent();

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startTestServer();
    // Answered, and rated 👍.
    const ada = await visitor(server);
    await ada.vote(await ada.say('How do I reset my password?'), 'helpful');
    // Rated 👎, handed over, answered by staff, resolved, rated 4 of 5.
    const bo = await visitor(server);
    await bo.vote(await bo.say('How do I reset my password?'), 'not-helpful');
    await bo.say('I want to talk to a human');
    const tickets = await api(server, OWNER_TOKEN, 'GET', '/v1/tickets');
    const ticket = tickets.json.data.find(
      (item: { conversationId: string }) => item.conversationId === bo.conversationId(),
    );
    await api(server, OWNER_TOKEN, 'POST', `/v1/tickets/${ticket.id}/replies`, { text: 'Hi, Grace here.' });
    await api(server, OWNER_TOKEN, 'PATCH', `/v1/tickets/${ticket.id}`, { status: 'resolved' });
    await bo.say('4');
    // Handed over and still open.
    const cy = await visitor(server);
    await cy.say('I want to talk to a human');
    history = await slackHistory(server);

    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      acceptDownloads: true,
    });
    context.on('page', (each) => each.on('pageerror', (error) => errors.push(error.message)));
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows each figure from the conversations, feedback, tickets and ratings', async () => {
    await openAnalytics(page, OWNER_TOKEN);
    expect(await headline('conversations')).toBe(`${3 + history} conversations`);
    expect(await headline('answered')).toBe(
      `${Math.round(((1 + history) / (3 + history)) * 1000) / 10}% answered by the bot alone (${1 + history} of ${3 + history} conversations)`,
    );
    expect(await headline('handovers')).toBe('2 hand-overs');
    await expect
      .poll(() => page.locator('[data-report="handovers"] td').first().textContent())
      .toBe('Asked for a person');
    expect(await headline('feedback')).toBe('50% helpful (1 👍, 1 👎)');
    expect(await headline('csat')).toBe('Average 4 of 5 from 1 rating');
    expect(await headline('first-reply')).toMatch(/^Median \d+s, 90% within \d+s \(1 ticket answered\)$/);
    expect(await headline('ticket-age')).toBe('1 open ticket now (the date range does not apply)');
    const ages = page.locator('[data-report="ticket-age"] tbody tr');
    await expect.poll(() => ages.first().textContent()).toBe('<1h1');
    expect(await page.locator('[data-report="conversations"] canvas').count()).toBeGreaterThan(0);
    await page.locator('[data-report="content-gaps"] tbody tr').first().waitFor();
    await checkScreen(page, 'console-analytics-desktop');
  });

  it('narrows the figures to one channel', async () => {
    await filter('Channel').selectOption('web');
    await page.locator('[data-report="conversations"] .headline', { hasText: /^3 conversations$/ }).waitFor();
    expect(await headline('answered')).toBe('33.3% answered by the bot alone (1 of 3 conversations)');
    await filter('Channel').selectOption('');
  });

  it('downloads a figure as CSV, one row per day', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CSV of conversations per channel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^analytics-conversations-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const lines = readFileSync(await download.path(), 'utf8')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('start,web,slack,teams,api,total');
    expect(lines).toHaveLength(31);
    const today = new Date(Math.floor(Date.now() / DAY) * DAY).toISOString();
    expect(lines.at(-1)).toBe(`${today},3,0,0,0,3`);
    const yesterday = new Date(Math.floor(Date.now() / DAY) * DAY - DAY).toISOString();
    expect(lines.at(-2)).toBe(`${yesterday},0,2,0,0,2`);
  });

  it('takes a custom range, and says what to do where it holds nothing', async () => {
    await filter('Range').selectOption('custom');
    await page.getByLabel('From', { exact: true }).fill('2025-01-01');
    await page.getByLabel('To', { exact: true }).fill('2025-01-07');
    const empty = page.locator('[data-report="conversations"] .empty');
    await empty.waitFor();
    expect(await empty.textContent()).toMatch(
      /^No conversations in this range\. Put the widget on your site/,
    );
    expect(await page.locator('[data-report="csat"] .empty').textContent()).toMatch(/^No CSAT answers/);
    // Open tickets are counted as of now, whatever the range.
    expect(await headline('ticket-age')).toBe('1 open ticket now (the date range does not apply)');
    await checkScreen(page, 'console-analytics-empty-range');
  });

  it('fits a phone, axe-clean', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await filter('Range').selectOption('7');
    await page.locator('[data-report="conversations"] .headline').waitFor();
    await page.waitForTimeout(300);
    await checkScreen(page, 'console-analytics-phone');
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('tells a role without conversations:read that analytics is not allowed', async () => {
    const role = await api(server, OWNER_TOKEN, 'POST', '/v1/roles', {
      name: 'Tickets only',
      permissions: ['tickets:write'],
    });
    const token = await api(server, OWNER_TOKEN, 'POST', '/v1/tokens', {
      name: 'tickets only',
      role: role.json.data.id,
    });
    expect(token.status, JSON.stringify(token.json)).toBe(201);
    const other = await browser.newPage();
    other.setDefaultTimeout(10_000);
    await other.goto(`${server.url}/console`);
    await signInWithToken(other, token.json.data.token);
    await other.getByRole('heading', { name: 'Tickets' }).waitFor();
    await expect.poll(() => other.getByRole('link', { name: 'Analytics' }).count()).toBe(0);
    await other.goto(`${server.url}/console#/analytics`);
    await other.getByRole('heading', { name: 'Not allowed' }).waitFor();
    const denied = await api(server, token.json.data.token, 'GET', '/v1/analytics/csat');
    expect(denied.status).toBe(403);
    await other.close();
    expect(errors).toEqual([]);
  });
});
