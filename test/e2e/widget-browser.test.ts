// The widget in Debian's Chromium (playwright-core) against the real server: the browser scenarios.
import type { AgentClient } from '@frontdesk/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './chromium.js';
import { startTestServer, type TestServer } from './harness.js';

const available = chromiumAvailable('the widget browser tests');

const XSS = [
  '<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script>',
  '[click me](javascript:window.__pwned=3) [also](JaVaScRiPt:window.__pwned=4)',
  '[<img src=x onerror=window.__pwned=5>](https://example.com)',
].join('\n\n');

const xssAgent: AgentClient = {
  async *send() {
    yield { type: 'text-delta', text: XSS };
    yield { type: 'finish', noAnswer: false };
  },
};

describe.skipIf(!available)('widget in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startTestServer({
      agentFor: (bot) => (bot.id === 'xss' ? xssAgent : undefined) as AgentClient,
    });
    const demo = await server.store.getBot('ws_default', 'demo');
    await server.saveBot({ id: 'xss', name: 'XSS' });
    await server.saveBot({
      id: 'limited',
      name: 'Limited',
      settings: { ...demo!.settings, rateLimits: '1/60s' },
    });
    // playwright's launch() gives every run a fresh temporary --user-data-dir of its own.
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPage(path = '/', bot = 'demo'): Promise<Page> {
    const page = await browser.newPage();
    page.on('console', (message) => {
      // The rate-limited page's 429 is the point of its test; a missing favicon is not ours.
      const url = message.location().url;
      if (message.type() === 'error' && bot !== 'limited' && !url.endsWith('/favicon.ico')) {
        errors.push(`${message.text()} ${url}`);
      }
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}${path}`);
    if (bot !== 'demo') {
      await page.evaluate((botId) => {
        document.querySelector('[data-frontdesk-widget]')?.remove();
        (window as { Frontdesk?: unknown }).Frontdesk = undefined;
        const script = document.createElement('script');
        script.src = '/widget.js?bot';
        script.dataset.bot = botId;
        document.body.append(script);
      }, bot);
    }
    await page.locator(`[data-frontdesk-widget="${bot}"]`).waitFor({ state: 'attached' });
    return page;
  }

  async function ask(page: Page, text: string) {
    await page.getByLabel('Write a message…').fill(text);
    await page.keyboard.press('Enter');
  }

  it('opens, streams an answer with sources, and restores the conversation after a reload', async () => {
    const page = await openPage();
    await page.getByRole('button', { name: 'Chat with us' }).click();
    await ask(page, 'How do I reset my password?');
    await page.locator('.fd-assistant .fd-sources a').first().waitFor();
    const answer = await page.locator('.fd-assistant .fd-bubble').last().textContent();
    expect(answer?.length).toBeGreaterThan(20);
    await page.reload();
    await page.getByRole('button', { name: 'Chat with us' }).click();
    await page.getByText('How do I reset my password?', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'New conversation' }).click();
    await expect.poll(() => page.getByText('How do I reset my password?', { exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Past conversations' }).click();
    await page.locator('.fd-list button').first().waitFor();
    await page.close();
  });

  it('shows a ticket card when the visitor asks for a person', async () => {
    const page = await openPage();
    await page.getByRole('button', { name: 'Chat with us' }).click();
    await ask(page, 'I want to talk to a human');
    await page.locator('.fd-ticket').waitFor();
    await expect.poll(() => page.locator('.fd-ticket').textContent()).toContain('open');
    await page.close();
  });

  it('renders XSS payloads inert', async () => {
    const page = await openPage('/', 'xss');
    await page.evaluate(() => (window as { Frontdesk?: { open(): void } }).Frontdesk?.open());
    await ask(page, 'hello');
    await page.getByText('click me').first().waitFor();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect.poll(() => page.locator('[data-frontdesk-widget] >> css=img, script').count()).toBe(0);
    const hrefs = await page
      .locator('.fd-bubble a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.every((href) => /^https?:/.test(href ?? ''))).toBe(true);
    await page.close();
  });

  it('counts down after a 429 and keeps the message in the composer', async () => {
    const page = await openPage('/', 'limited');
    await page.evaluate(() => (window as { Frontdesk?: { open(): void } }).Frontdesk?.open());
    await ask(page, 'first');
    await page.locator('.fd-assistant .fd-bubble').nth(1).waitFor();
    await ask(page, 'second');
    await page.getByText(/You can send again in \d+ s/).waitFor();
    await expect.poll(() => page.getByLabel('Write a message…').inputValue()).toBe('second');
    await page.close();
  });

  it('works with the keyboard alone: Tab to the launcher, Enter, type, Escape returns focus', async () => {
    const page = await openPage();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focused = () =>
      page.evaluate(
        () => document.activeElement?.shadowRoot?.activeElement?.className ?? document.activeElement?.tagName,
      );
    for (let step = 0; step < 10 && (await focused()) !== 'fd-launcher'; step++)
      await page.keyboard.press('Tab');
    expect(await focused()).toBe('fd-launcher');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.activeElement?.shadowRoot?.activeElement?.tagName === 'TEXTAREA',
    );
    await page.keyboard.type('Two-factor?');
    await page.keyboard.press('Enter');
    await page.locator('.fd-assistant .fd-bubble').nth(1).waitFor();
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () => document.activeElement?.shadowRoot?.activeElement?.className === 'fd-launcher',
    );
    await page.close();
  });

  it('logged no console errors on the pages above', () => {
    expect(errors).toEqual([]);
  });

  it('is refused on an origin the bot does not allow (localhost is allowed for the demo bot only)', async () => {
    const demo = (await server.store.getBot('ws_default', 'demo'))!;
    const widget = { ...demo.settings.widget, allowLocalhost: false };
    await server.saveBot({ id: 'site', name: 'Site', settings: { ...demo.settings, widget } });
    const page = await browser.newPage();
    const other = server.url.replace('127.0.0.1', 'localhost');
    await page.goto(`${other}/kb`);
    const status = await page.evaluate(async (url) => {
      const response = await fetch(`${url}/widget/v1/sessions?botId=site`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ botId: 'site' }),
      }).catch(() => 'blocked');
      return typeof response === 'string' ? response : response.status;
    }, server.url);
    expect(status).toBe('blocked');
    const session = (botId: string) =>
      fetch(`${server.url}/widget/v1/sessions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: other },
        body: JSON.stringify({ botId }),
      });
    expect((await session('site')).status).toBe(403);
    expect((await session('demo')).status).toBe(201);
    await page.close();
  });
});
