// The launcher's teaser in Chromium: the bot's greeting rules by page URL and time on the page,
// and `Frontdesk.showTeaser(text)`; no session and nothing stored until the visitor acts, a click
// opens the chat, ✕ puts it away.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './chromium.js';
import { startTestServer, type TestServer } from './harness.js';
import { chunkRequested, openHostPage, storedBy } from './widget-pages.js';

const available = chromiumAvailable('the widget teaser browser tests');

describe.skipIf(!available)('the teaser next to the launcher in Chromium', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer();
    const demo = (await server.store.getBot('ws_default', 'demo'))!;
    const teasers = [
      { text: 'Questions about pricing? Ask us.', url: '/pricing*', afterSeconds: 0 },
      { text: 'Stuck? We answer in seconds.', afterSeconds: 2 },
    ];
    await server.saveBot({
      id: 'teasing',
      name: 'Teasing',
      settings: { ...demo.settings, widget: { ...demo.settings.widget, teasers } },
    });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('greets on a page the URL rule names, without a session or storage; a click opens the chat', async () => {
    const { page, requests, errors } = await openHostPage(browser, server, {
      path: '/pricing/teams',
      attributes: 'data-bot="teasing"',
    });
    const teaser = page.getByRole('button', { name: 'Questions about pricing? Ask us.' });
    await teaser.waitFor();
    expect(chunkRequested(requests, 'teaser')).toBe(true);
    expect(requests.some((line) => line.startsWith('POST /widget/v1/sessions'))).toBe(false);
    expect(await storedBy(page)).toEqual({ local: [], session: [], cookies: 0 });
    // Above the launcher, at the same side.
    const box = (await teaser.boundingBox())!;
    const launcher = (await page.getByRole('button', { name: 'Chat with us' }).boundingBox())!;
    expect(box.y + box.height).toBeLessThan(launcher.y);
    await teaser.click();
    await page.getByRole('dialog', { name: 'Support' }).waitFor();
    await expect.poll(() => teaser.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('greets elsewhere after the seconds on the page the rule asks for; ✕ puts it away', async () => {
    const { page } = await openHostPage(browser, server, { attributes: 'data-bot="teasing"' });
    const teaser = page.getByRole('button', { name: 'Stuck? We answer in seconds.' });
    await page.waitForTimeout(1000);
    await expect.poll(() => teaser.count()).toBe(0);
    await teaser.waitFor({ timeout: 5000 });
    await expect.poll(() => page.getByText('Questions about pricing? Ask us.').count()).toBe(0);
    await page.locator('.fd-teaser').getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => teaser.count()).toBe(0);
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.context().close();
  });

  it("labels the teaser's ✕ in the page's language", async () => {
    const { page } = await openHostPage(browser, server, { lang: 'de', attributes: 'data-bot="teasing"' });
    await page.getByRole('button', { name: 'Stuck? We answer in seconds.' }).waitFor({ timeout: 5000 });
    await expect
      .poll(() => page.locator('.fd-teaser').getByRole('button', { name: 'Schließen' }).count())
      .toBe(1);
    await page.context().close();
  });

  it('shows what the page asks with Frontdesk.showTeaser(text), even before the loader ran', async () => {
    const { page } = await openHostPage(browser, server, {
      before: "window.Frontdesk={q:[['showTeaser','Try our new export!']]};",
    });
    await page.getByRole('button', { name: 'Try our new export!' }).waitFor();
    await page.evaluate(() =>
      (window as unknown as { Frontdesk: { showTeaser(text: string): void } }).Frontdesk.showTeaser(
        'Or ask about billing',
      ),
    );
    await page.getByRole('button', { name: 'Or ask about billing' }).waitFor();
    await expect.poll(() => page.locator('.fd-teaser').count()).toBe(1);
    // Opening the chat from the launcher puts the teaser away.
    await page.getByRole('button', { name: 'Chat with us' }).click();
    await page.getByRole('dialog', { name: 'Support' }).waitFor();
    await expect.poll(() => page.locator('.fd-teaser').count()).toBe(0);
    await page.context().close();
  });
});
