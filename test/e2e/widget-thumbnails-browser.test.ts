import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS } from '../journeys/journeys-setup.js';
import { PDF } from './attachment-files.js';
import { useBrowserServer } from './browser-server.js';
import { chromiumAvailable } from './chromium.js';
import { axeViolations } from './console-axe.js';
import { changeDemoWidget, PNG_AND_PDF } from './demo-widget.js';
import { openHostPage } from './widget-pages.js';

const available = chromiumAvailable('the widget thumbnail browser tests');

/** The natural width of an image once it has loaded (0 while it has not). */
const loadedWidth = (image: Locator) =>
  image.evaluate((element) => {
    const img = element as HTMLImageElement;
    return img.complete ? img.naturalWidth : 0;
  });

describe.skipIf(!available)("the visitor's files as thumbnails in Chromium", () => {
  const running = useBrowserServer({
    prepare: (server) => changeDemoWidget(server, { attachments: PNG_AND_PDF }),
  });

  it('shows images as thumbnails and other files as chips, before and after sending and after a reload', async () => {
    const { server, browser } = running;
    const { page, requests, errors } = await openHostPage(browser, server, {
      body: '<p style="font:20px sans-serif;color:#b3261e">Error 500: the export failed.</p>',
    });
    // A real screenshot of the host page, as a visitor would paste one.
    const screenshot = await page.screenshot({ clip: { x: 0, y: 0, width: 480, height: 300 } });
    await page.getByRole('button', { name: 'Chat with us' }).click();
    await page.getByLabel('Write a message…').waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Attach a file' }).click();
    await (await chooser).setFiles([
      { name: 'export-error.png', mimeType: 'image/png', buffer: screenshot },
      { name: '<b>invoice</b>.pdf', mimeType: 'application/pdf', buffer: PDF },
      { name: 'wrong-one.png', mimeType: 'image/png', buffer: screenshot },
    ]);
    const tray = page.locator('.fd-tray');
    await tray.locator('.fd-file.fd-ready').nth(2).waitFor();
    // In the composer: a thumbnail with alt text, the name and size; the PDF by name and size.
    await expect.poll(() => loadedWidth(tray.locator('img[alt="export-error.png"]'))).toBe(480);
    const pdfRow = tray.locator('.fd-file', { hasText: '<b>invoice</b>.pdf' });
    expect(await pdfRow.locator('.fd-size').textContent()).toMatch(/^1\s?kB$/);
    // Removable before sending.
    await page.getByRole('button', { name: 'Remove wrong-one.png' }).click();
    await expect.poll(() => tray.locator('.fd-file').count()).toBe(2);
    await page.screenshot({ path: `${SCREENSHOTS}widget-thumbnails-composer.png` });
    expect((await axeViolations(page)).filter((line) => line !== 'region: h1, p')).toEqual([]);

    await page.getByLabel('Write a message…').fill('The export page shows this');
    await page.keyboard.press('Enter');
    const bubble = page.locator('.fd-user .fd-bubble').last();
    await bubble.getByText('The export page shows this').waitFor();
    await expect.poll(() => loadedWidth(bubble.locator('img[alt="export-error.png"]'))).toBe(480);
    const chip = bubble.locator('.fd-chip');
    expect(await chip.textContent()).toMatch(/^📄 <b>invoice<\/b>\.pdf1\s?kB$/);
    // The name is text: no element came of it.
    await expect.poll(() => bubble.locator('b').count()).toBe(0);
    // The image just sent shows from the page's own copy: nothing downloaded.
    expect(requests.filter((line) => line.startsWith('GET /widget/v1/attachments/'))).toEqual([]);
    await page.locator('.fd-assistant').nth(1).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}widget-thumbnails-sent.png` });
    // The host page's own heading and text sit outside landmarks; the widget has no violations.
    expect((await axeViolations(page)).filter((line) => line !== 'region: h1, p')).toEqual([]);

    // After a reload: the history brings the files, downloaded with the visitor's token.
    requests.length = 0;
    await page.reload();
    await page.getByRole('button', { name: 'Chat with us' }).click();
    const again = page.locator('.fd-user .fd-bubble').last();
    await expect.poll(() => loadedWidth(again.locator('img[alt="export-error.png"]'))).toBe(480);
    expect(await again.locator('.fd-chip').textContent()).toMatch(/invoice<\/b>\.pdf/);
    expect(requests.filter((line) => line.startsWith('GET /widget/v1/attachments/att_'))).toHaveLength(1);
    // A tap opens the image in a new tab, and saves any other file (never shown by the page).
    const popup = page.waitForEvent('popup');
    await again.getByRole('button', { name: 'export-error.png' }).click();
    expect((await popup).url()).toMatch(/^blob:/);
    const download = page.waitForEvent('download');
    await again.locator('.fd-chip').click();
    expect((await download).suggestedFilename()).toMatch(/invoice.*\.pdf$/);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SCREENSHOTS}widget-thumbnails-reloaded-phone.png` });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a file only to its visitor: another visitor gets a 404, not the image', async () => {
    const { server, browser } = running;
    const { page } = await openHostPage(browser, server);
    await page.getByRole('button', { name: 'Chat with us' }).click();
    await page.getByLabel('Write a message…').waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Attach a file' }).click();
    await (await chooser).setFiles({ name: 'mine.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.locator('.fd-file.fd-ready').waitFor();
    await page.getByRole('button', { name: 'Send' }).click();
    await page.locator('.fd-user .fd-chip').waitFor();
    const id = await page.locator('.fd-user frontdesk-file').getAttribute('id');
    expect(id).toMatch(/^att_/);
    const session = await fetch(`${server.url}/widget/v1/sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: server.url },
      body: JSON.stringify({ botId: 'demo' }),
    });
    const stranger = ((await session.json()) as { data: { visitorToken: string } }).data.visitorToken;
    const response = await fetch(`${server.url}/widget/v1/attachments/${id}`, {
      headers: { Authorization: `Bearer ${stranger}`, Origin: server.url },
    });
    expect(response.status).toBe(404);
    await page.context().close();
  });
});
