// Bots and the widget from the console, in Chromium against the real server: create a bot, give it
// an article, try it in "Test this agent", set its rules and agent, set the widget's colour and an
// allowed site, copy the snippet, embed it on another site and get an answer from the new article.
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { setPasswordCommand } from '@frontdesk/cli/cli-password-command';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENJO_TOKEN, type FakeEnjo, startFakeEnjo } from '../fakes/enjo-server.js';
import { chromiumAvailable, launchChromium } from './chromium.js';
import { checkScreen } from './console-axe.js';
import { openConsolePage } from './console-page.js';
import { signInWithPassword } from './console-sign-in.js';
import { OWNER_TOKEN, startTestServer, type TestServer } from './harness.js';

const available = chromiumAvailable('the console bots browser tests');
const SHOTS = fileURLToPath(new URL('../journeys/screenshots/', import.meta.url));
const OWNER = { email: 'olive@example.com', password: 'olive owns this desk' };
const NAME = 'Refunds <img src=x onerror="window.__pwned=1">';

describe.skipIf(!available)('console: bots and the widget', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let site: Server;
  let enjo: FakeEnjo;
  let siteUrl = '';
  let snippet = '';
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startTestServer();
    enjo = await startFakeEnjo();
    await setPasswordCommand(server.store, { email: OWNER.email }, OWNER.password, { out() {}, err() {} });
    // Another site, where the snippet copied from the console is pasted.
    site = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(
        `<!doctype html><html lang="en"><head><title>Shop</title></head><body><h1>Shop</h1>${snippet}</body></html>`,
      );
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    browser = await launchChromium();
    page = await openConsolePage(browser, errors, { clipboardFor: server.url });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => site?.close(resolve));
    await server?.close();
    await enjo?.close();
  });

  it('lists the bots and refuses a bad id with a message naming it', async () => {
    await page.goto(`${server.url}/console`);
    await signInWithPassword(page, OWNER.email, OWNER.password);
    await page.getByRole('link', { name: 'Bots' }).click();
    await page.getByRole('heading', { name: 'Bots' }).waitFor();
    await page.getByRole('link', { name: 'Demo bot' }).waitFor();
    await checkScreen(page, 'console-bots-desktop');
    await page.getByLabel('Id').fill('Bad Id');
    await page.getByLabel('Name').fill('x');
    await page.getByRole('button', { name: 'Create bot' }).click();
    await page.getByRole('alert').getByText(/^Id:/).waitFor();
  });

  it('creates a bot; its name is shown as text, never run as HTML', async () => {
    await page.getByLabel('Id').fill('refunds');
    await page.getByLabel('Name').fill(NAME);
    await page.getByRole('button', { name: 'Create bot' }).click();
    await page.getByRole('heading', { name: /Refunds <img/ }).waitFor();
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect.poll(() => page.locator('img').count()).toBe(0);
    await page.getByText('On', { exact: true }).waitFor();
  });

  it('gives the bot an article on its page; "Test this agent" answers from it', async () => {
    await page.getByText('No articles yet').waitFor();
    await page.getByLabel('Article title').fill('Refund window');
    await page
      .getByLabel('Article text (markdown)')
      .fill(
        '## How long you can ask for a refund\n\nYou can ask for a refund within **45 days** of the purchase.',
      );
    await page.getByRole('button', { name: 'Add article' }).click();
    await page.getByText('Added Refund window.').waitFor();
    await page.getByRole('list', { name: 'Articles' }).getByRole('link', { name: 'Refund window' }).waitFor();
    await page.getByLabel('Ask the bot').fill('How long is the refund window?');
    await page.getByRole('button', { name: 'Send' }).click();
    const chat = page.getByRole('list', { name: 'Test chat' });
    await chat.getByText(/45 days/).waitFor();
    await chat.getByText(/Sources: .*Refund window|Sources: .*refund/i).waitFor();
    await checkScreen(page, 'console-bot-desktop');
  });

  it('asks before removing an article; Cancel keeps it', async () => {
    const articles = page.getByRole('list', { name: 'Articles' });
    await page.getByRole('button', { name: 'Remove Refund window' }).click();
    await page.getByRole('button', { name: 'Yes, remove the article Refund window' }).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await articles.getByRole('link', { name: 'Refund window' }).waitFor();
    await expect.poll(() => page.getByText('Removed Refund window.').count()).toBe(0);
  });

  it('switches the bot off and on', async () => {
    await page.getByRole('button', { name: 'Disable' }).click();
    await page.getByText('Off', { exact: true }).waitFor();
    const bot = await (
      await fetch(`${server.url}/v1/bots/refunds`, { headers: { Authorization: `Bearer ${OWNER_TOKEN}` } })
    ).json();
    expect(bot.data.enabled).toBe(false);
    await page.getByRole('button', { name: 'Enable' }).click();
    await page.getByText('On', { exact: true }).waitFor();
  });

  it('sets rules (trigger, finish keyword, expiry, ignore list); a bad value gets the field named', async () => {
    await page.getByLabel('Trigger', { exact: true }).selectOption('keyword');
    await page.getByLabel('Match').selectOption('contains');
    await page.getByLabel('Trigger value').fill('refund');
    await page.getByLabel(/Finish keyword/).fill('bye');
    await page.getByLabel(/Session expiry/).fill('');
    await page.getByRole('button', { name: 'Save rules' }).click();
    await page
      .getByRole('alert')
      .getByText(/expire/)
      .waitFor();
    await page.getByLabel(/Session expiry/).fill('600');
    await page.getByLabel('Ignored e-mail domains').fill('spam.example');
    await page.getByRole('button', { name: 'Save rules' }).click();
    await page.getByText('Rules saved.').waitFor();
    const rules = await (
      await fetch(`${server.url}/v1/bots/refunds/rules`, {
        headers: { Authorization: `Bearer ${OWNER_TOKEN}` },
      })
    ).json();
    expect(rules.data).toMatchObject({
      triggerType: 'keyword',
      triggerValue: 'refund',
      keywordFinish: 'bye',
      expire: 600,
    });
    expect(rules.data.ignore.emailDomains).toEqual(['spam.example']);
    // Back to every message, so the widget below answers any question.
    await page.getByLabel('Trigger', { exact: true }).selectOption('all');
    await page.getByRole('button', { name: 'Save rules' }).click();
    await page.getByText('Rules saved.').waitFor();
  });

  it('chooses an OpenAI-compatible agent with a model, a remote one it can test, then the embedded one again', async () => {
    await page.getByLabel('OpenAI-compatible').check();
    await page.getByLabel('Model').fill('gpt-4o-mini');
    await page.getByRole('checkbox', { name: /attached images/ }).uncheck();
    await page.getByRole('button', { name: 'Save agent' }).click();
    await page.getByText('Saved: OpenAI-compatible.').waitFor();
    const bot = await (
      await fetch(`${server.url}/v1/bots/refunds`, { headers: { Authorization: `Bearer ${OWNER_TOKEN}` } })
    ).json();
    expect(bot.data.agent).toMatchObject({ kind: 'openai', model: 'gpt-4o-mini', imageInputs: false });
    // A remote (Enjo-compatible) agent: its token is sealed and never shown again.
    await page.getByLabel(/^Remote/).check();
    await page.getByLabel('Agent address').fill(enjo.url);
    await page.getByLabel('Remote bot id').fill('support-bot');
    await page.getByLabel('Token').fill(ENJO_TOKEN);
    await page.getByRole('button', { name: 'Save agent' }).click();
    await page.getByText(/^Saved: Remote/).waitFor();
    await expect.poll(() => page.getByLabel('Token').inputValue()).toBe('');
    expect(await page.content()).not.toContain(ENJO_TOKEN);
    await page.getByLabel('Ask the bot').fill('hello there');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('list', { name: 'Test chat' }).getByText('Remote answer to: hello there').waitFor();
    await page.getByLabel(/^Embedded/).check();
    await page.getByLabel('Knowledge folder').fill('refunds');
    await page.getByRole('button', { name: 'Save agent' }).click();
    await page.getByText(/^Saved: Embedded/).waitFor();
  });

  it('sets the widget colour, greeting and an allowed site, with a live preview and the snippet', async () => {
    await page.getByRole('link', { name: 'Widget settings' }).click();
    await page.getByRole('heading', { name: 'Widget' }).waitFor();
    // The screen is ready once the preview shows.
    await page.locator('iframe.preview-frame').waitFor();
    await page.getByLabel('Colour').fill('#aa3300');
    await page.getByLabel('Greeting').fill('Ask us about refunds');
    await page.getByLabel('Position').selectOption('left');
    await page.getByLabel('Language').selectOption('de');
    await page.getByLabel('Launcher label').fill('Fragen?');
    await page.getByLabel(/Ask for an e-mail/).selectOption('required');
    await page.getByLabel(/Allowed sites/).fill(siteUrl);
    await page.getByRole('button', { name: 'Save widget' }).click();
    await page.getByText('Widget saved.').waitFor();
    await page.locator('iframe.preview-frame').scrollIntoViewIfNeeded();
    const frame = page.frameLocator('iframe.preview-frame');
    await frame
      .getByText('Ask us about refunds')
      .waitFor()
      .catch(async (error) => {
        await page.screenshot({ path: `${SHOTS}console-widget-preview-failed.png`, fullPage: true });
        throw error;
      });
    // The preview follows the form (its address is updated after the render).
    await page.locator('iframe.preview-frame[src*="color=%23aa3300"][src*="launcher=Fragen%3F"]').waitFor();
    // The preview speaks the chosen language.
    await frame.getByPlaceholder('Nachricht schreiben…').waitFor();
    await page.getByRole('button', { name: 'Copy snippet' }).click();
    await page.getByText('Copied.').waitFor();
    snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toBe(`<script src="${server.url}/widget.js" data-bot="refunds" async></script>`);
    const bot = await (
      await fetch(`${server.url}/v1/bots/refunds`, { headers: { Authorization: `Bearer ${OWNER_TOKEN}` } })
    ).json();
    expect(bot.data.settings.widget).toMatchObject({
      allowedOrigins: [siteUrl],
      greeting: 'Ask us about refunds',
      locale: 'de',
      launcherLabel: 'Fragen?',
      askEmail: 'required',
      theme: { primaryColor: '#aa3300', position: 'left' },
    });
    await checkScreen(page, 'console-widget-desktop');
  });

  it('the snippet on another site shows the widget in the new colour and answers from the article', async () => {
    const shop = await page.context().newPage();
    await shop.goto(siteUrl);
    await shop.locator('.fd-launcher').click();
    await shop.getByText('Ask us about refunds').waitFor();
    // The bot's language (German) reaches the embedded widget too.
    await shop.getByLabel('Nachricht schreiben…').fill('How long is the refund window?');
    await shop.getByRole('button', { name: 'Senden' }).click();
    await shop
      .locator('.fd-message .fd-bubble')
      .filter({ hasText: '45 days' })
      .first()
      .waitFor({ timeout: 15_000 });
    await shop.screenshot({ path: `${SHOTS}console-widget-embedded.png` });
    await shop.close();
  });

  it('every setup screen works on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const screens: [string, string, () => Promise<void>][] = [
      ['#/bots', 'console-bots-phone', () => page.getByRole('link', { name: 'Demo bot' }).waitFor()],
      [
        '#/bots/refunds',
        'console-bot-phone',
        () => page.getByRole('button', { name: 'Save rules' }).waitFor(),
      ],
      [
        '#/widget/refunds',
        'console-widget-phone',
        async () => {
          // The preview sits below the form on a phone: in view, as a person scrolling to it sees it.
          await page.locator('iframe').scrollIntoViewIfNeeded();
          await page.frameLocator('iframe').getByText('Ask us about refunds').waitFor();
        },
      ],
      ['#/team', 'console-team-phone', () => page.getByRole('heading', { name: 'API tokens' }).waitFor()],
    ];
    for (const [hash, name, ready] of screens) {
      await page.goto(`${server.url}/console${hash}`);
      await ready().catch(async (error) => {
        await page.screenshot({ path: `${SHOTS}${name}-failed.png`, fullPage: true });
        throw error;
      });
      await checkScreen(page, name);
    }
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('deletes the bot: with conversations it asks first, then deletes them too', async () => {
    await page.goto(`${server.url}/console#/bots/refunds`);
    await page.getByRole('button', { name: 'Delete bot' }).click();
    await page.getByRole('button', { name: /^Yes, delete/ }).click();
    await page.getByText(/has \d+ conversations/).waitFor();
    await page.getByRole('button', { name: 'Delete with its conversations' }).click();
    await page.getByRole('heading', { name: 'Bots' }).waitFor();
    await page.getByRole('link', { name: 'Demo bot' }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: /Refunds/ }).count()).toBe(0);
  });

  it('threw no page errors', () => {
    expect(errors).toEqual([]);
  });
});
