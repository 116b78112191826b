import { describe, expect, it } from 'vitest';
import { useBrowserServer } from './browser-server.js';
import { chromiumAvailable } from './chromium.js';
import { chunkRequested, openHostPage, storedBy } from './widget-pages.js';

const available = chromiumAvailable('the widget loader browser tests');

describe.skipIf(!available)('widget loader in Chromium', () => {
  const running = useBrowserServer();

  it('downloads at most 4 KB (compressed) for the loader, and the panel only once the page is idle', async () => {
    const { server, browser } = running;
    const { page, requests, errors } = await openHostPage(browser, server);
    const loaderBytes = await page.evaluate(
      () =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) =>
          entry.name.endsWith('/widget.js'),
        )?.encodedBodySize,
    );
    expect(loaderBytes).toBeGreaterThan(500);
    expect(loaderBytes).toBeLessThanOrEqual(4_000);
    await expect.poll(() => chunkRequested(requests, 'panel'), { timeout: 10_000 }).toBe(true);
    // English is built in: no language chunk for an English page (the teaser's tiny chunk comes too).
    expect(
      requests.filter((line) => line.includes('?chunk=') && !/chunk=(panel|teaser)\./.test(line)),
    ).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('stores nothing and opens no session before the visitor opens the chat', async () => {
    const { server, browser } = running;
    const { page, requests } = await openHostPage(browser, server);
    const launcher = page.getByRole('button', { name: 'Chat with us' });
    await launcher.hover();
    await launcher.focus();
    await expect.poll(() => chunkRequested(requests, 'panel'), { timeout: 10_000 }).toBe(true);
    await page.waitForTimeout(500);
    // Only the bot's public greeting rules, for the teaser: no session, no token.
    expect(requests.filter((line) => line.includes('/widget/v1/'))).toEqual([
      'GET /widget/v1/teasers?botId=demo',
    ]);
    expect(await storedBy(page)).toEqual({ local: [], session: [], cookies: 0 });

    await launcher.click();
    await page.getByRole('dialog').waitFor();
    await expect
      .poll(() => requests.filter((line) => line.startsWith('POST /widget/v1/sessions')).length)
      .toBe(1);
    await expect
      .poll(async () => (await storedBy(page)).local)
      .toEqual([expect.stringMatching(/^frontdesk:/)]);
    // The visitor came back: the session resumes at once, so later replies can reach the badge.
    await page.reload();
    await expect
      .poll(() => requests.filter((line) => line.startsWith('POST /widget/v1/sessions')).length)
      .toBe(2);
    await page.context().close();
  });

  it('opens the session at once when the site opts in with data-eager', async () => {
    const { server, browser } = running;
    const { page, requests } = await openHostPage(browser, server, {
      attributes: 'data-bot="demo" data-eager="true"',
    });
    await expect.poll(() => requests.some((line) => line.startsWith('POST /widget/v1/sessions'))).toBe(true);
    await expect.poll(async () => (await storedBy(page)).local.length).toBe(1);
    await page.context().close();
  });

  it('replays calls a page queued before the script ran, and answers open() before the panel loaded', async () => {
    const { server, browser } = running;
    const { page } = await openHostPage(browser, server, {
      before: `window.Frontdesk = { q: [['open']] };`,
    });
    await page.getByRole('dialog').waitFor();
    await page.getByLabel('Write a message…').fill('How do I reset my password?');
    await page.keyboard.press('Enter');
    await page.locator('.fd-assistant .fd-sources a').first().waitFor();
    await page.context().close();
  });

  it('serves chunks by content-hashed name as immutable, and nothing else', async () => {
    const { server, browser } = running;
    const { requests, page } = await openHostPage(browser, server);
    await expect.poll(() => chunkRequested(requests, 'panel'), { timeout: 10_000 }).toBe(true);
    const path = requests.find((line) => line.includes('chunk=panel.'))!.split(' ')[1]!;
    const chunk = await fetch(`${server.url}${path}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(chunk.status).toBe(200);
    expect(chunk.headers.get('cache-control')).toContain('immutable');
    expect(chunk.headers.get('content-type')).toContain('text/javascript');
    for (const bad of ['panel.nope00', '../widget', 'panel', 'manifest.json']) {
      const response = await fetch(`${server.url}/widget.js?chunk=${encodeURIComponent(bad)}`);
      expect(response.status).toBe(404);
    }
    await page.context().close();
  });

  it('says why in the console when the panel cannot load, and loads it on the next click', async () => {
    const { server, browser } = running;
    let refused = 0;
    const warnings: string[] = [];
    const { page } = await openHostPage(browser, server, {
      async prepare(page) {
        page.on('console', (message) => {
          if (message.type() === 'warning') warnings.push(message.text());
        });
        await page.route(`${server.url}/widget.js?chunk=panel.*`, (route) =>
          refused++ === 0 ? route.abort() : route.continue(),
        );
      },
    });
    await expect
      .poll(() => warnings.join('\n'), { timeout: 10_000 })
      .toMatch(/Frontdesk: could not load .*chunk=panel\./);
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.getByRole('button', { name: 'Chat with us' }).click();
    await page.getByRole('dialog').waitFor();
    expect(refused).toBe(2);
    await page.context().close();
  });
});
