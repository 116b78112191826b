// The widget in Chromium, part two: small screens, theme, locale, reduced motion, the live region,
// offline detection and identity verification — on pages served from the server's own origin.
import { createHmac } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './chromium.js';
import { startTestServer, type TestServer } from './harness.js';

const available = chromiumAvailable('the widget look tests');

const SECRET = 'identity-secret-of-the-verified-bot';

describe.skipIf(!available)('widget in Chromium: looks, language and identity', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    const demo = await server.store.getBot('ws_default', 'demo');
    const widget = demo!.settings.widget;
    await server.saveBot({
      id: 'verified',
      name: 'Verified',
      settings: { ...demo!.settings, widget: { ...widget, identity: { secret: SECRET, required: true } } },
    });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A page at the server's origin (so the demo bot allows it) holding just the script tag. */
  async function pageWith(
    html: { lang?: string; attributes?: string; settings?: unknown },
    options: { viewport?: { width: number; height: number }; reducedMotion?: 'reduce' } = {},
  ): Promise<Page> {
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1280, height: 800 },
      ...(options.reducedMotion ? { reducedMotion: options.reducedMotion } : {}),
    });
    const page = await context.newPage();
    const settings = html.settings
      ? `<script>window.FrontdeskSettings = ${JSON.stringify(html.settings)}</script>`
      : '';
    await page.route(`${server.url}/test-page`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="${html.lang ?? 'en'}"><body><h1>Test page</h1>${settings}
          <script src="/widget.js" ${html.attributes ?? 'data-bot="demo"'} async></script></body></html>`,
      }),
    );
    await page.goto(`${server.url}/test-page`);
    await page.locator('[data-frontdesk-widget]').waitFor({ state: 'attached' });
    return page;
  }

  it('fills the screen on a phone-sized viewport', async () => {
    const page = await pageWith({}, { viewport: { width: 390, height: 700 } });
    await page.getByRole('button', { name: 'Chat with us' }).click();
    // Polled: the panel slides in over a fraction of a second.
    await expect
      .poll(() => page.locator('.fd-panel').boundingBox())
      .toMatchObject({ x: 0, y: 0, width: 390, height: 700 });
    await page.context().close();
  });

  it('takes its colour, corner and dark mode from the script tag', async () => {
    const page = await pageWith({
      attributes: 'data-bot="demo" data-color="#aa0000" data-position="left" data-mode="dark"',
    });
    const launcher = page.locator('.fd-launcher');
    expect(await launcher.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
      'rgb(170, 0, 0)',
    );
    const box = await launcher.boundingBox();
    expect(box!.x).toBeLessThan(200);
    await launcher.click();
    const background = await page
      .locator('.fd-panel')
      .evaluate((element) => getComputedStyle(element).backgroundColor.match(/\d+/g)!.map(Number));
    expect(Math.max(...background.slice(0, 3))).toBeLessThan(80);
    await page.context().close();
  });

  it('speaks German on a German page, and announces answers in a live region', async () => {
    const page = await pageWith({ lang: 'de' });
    await page.getByRole('button', { name: 'Chatten Sie mit uns' }).click();
    await page.getByLabel('Nachricht schreiben…').fill('How do I reset my password?');
    await page.keyboard.press('Enter');
    await page.locator('.fd-assistant .fd-sources a').first().waitFor();
    const live = page.locator('[aria-live="polite"]');
    await expect.poll(() => live.textContent()).toMatch(/password/i);
    await page.context().close();
  });

  it('stops animating when the visitor prefers reduced motion', async () => {
    const page = await pageWith({}, { reducedMotion: 'reduce' });
    await page.getByRole('button', { name: 'Chat with us' }).click();
    const animation = await page
      .locator('.fd-panel')
      .evaluate((element) => getComputedStyle(element).animationName);
    expect(animation).toBe('none');
    await page.context().close();
  });

  it('says so when the visitor goes offline', async () => {
    const page = await pageWith({});
    await page.getByRole('button', { name: 'Chat with us' }).click();
    await page.context().setOffline(true);
    await page.getByText('You are offline.', { exact: false }).waitFor();
    await page.context().setOffline(false);
    await page.getByText('You are offline.', { exact: false }).waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('refuses a forged userHash when identity is required, and accepts the right one', async () => {
    const forged = await pageWith({
      attributes: 'data-bot="verified"',
      settings: { user: { userId: 'u_1', name: 'Ada', userHash: 'f'.repeat(64) } },
    });
    await forged.getByRole('button', { name: 'Chat with us' }).click();
    await forged.getByText('Chat is not available on this page.').waitFor();
    await forged.context().close();

    const userHash = createHmac('sha256', SECRET).update('u_1').digest('hex');
    const signed = await pageWith({
      attributes: 'data-bot="verified"',
      settings: { user: { userId: 'u_1', name: 'Ada', userHash } },
    });
    await signed.getByRole('button', { name: 'Chat with us' }).click();
    await signed.getByLabel('Write a message…').fill('How do I export my data?');
    await signed.keyboard.press('Enter');
    await signed.locator('.fd-assistant .fd-sources a').first().waitFor();
    await signed.context().close();
  });
});
