// Attachments in the widget, in Chromium against the real server: the 📎 picker, a pasted
// screenshot, a dropped file, a type the bot refuses (in the browser and by its bytes on the
// server), a failed upload retried, and the camera on a phone. The tray is a chunk of its own,
// loaded on first use only.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PNG } from './attachment-files.js';
import { useBrowserServer } from './browser-server.js';
import { chromiumAvailable } from './chromium.js';
import { signInWithToken } from './console-sign-in.js';
import { changeDemoWidget, PNG_AND_PDF } from './demo-widget.js';
import { OWNER_TOKEN } from './harness.js';
import { chunkRequested, openHostPage } from './widget-pages.js';

const available = chromiumAvailable('the widget attachment browser tests');

/** Dispatches a paste or drop of one file on the composer, as the browser would. */
async function handOver(
  page: Page,
  kind: 'paste' | 'drop',
  file: { name: string; type: string; base64: string },
) {
  await page.locator('textarea').evaluate(
    (target, { kind, file }) => {
      const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], file.name, { type: file.type }));
      const init = { bubbles: true, cancelable: true, composed: true };
      target.dispatchEvent(
        kind === 'paste'
          ? new ClipboardEvent('paste', { ...init, clipboardData: data })
          : new DragEvent('drop', { ...init, dataTransfer: data }),
      );
    },
    { kind, file },
  );
}
const png = (name: string) => ({ name, type: 'image/png', base64: PNG.toString('base64') });

describe.skipIf(!available)('widget attachments in Chromium', () => {
  const running = useBrowserServer({
    prepare: (server) => changeDemoWidget(server, { attachments: PNG_AND_PDF }),
  });

  it('picks a file with 📎, shows it uploaded, and sends it with the words; the tray loads on first use', async () => {
    const { server, browser } = running;
    const { page, requests, errors } = await openHostPage(browser, server);
    await page.getByRole('button', { name: 'Chat with us' }).click();
    await page.getByLabel('Write a message…').waitFor();
    expect(chunkRequested(requests, 'attach')).toBe(false);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Attach a file' }).click();
    const picker = await chooser;
    expect(picker.isMultiple()).toBe(true);
    expect(await picker.element().getAttribute('accept')).toBe('image/png,application/pdf');
    await picker.setFiles({ name: 'error-page.png', mimeType: 'image/png', buffer: PNG });
    await page.locator('.fd-file.fd-ready').getByText('error-page.png').waitFor();
    expect(chunkRequested(requests, 'attach')).toBe(true);
    await page.getByLabel('Write a message…').fill('The export page shows this');
    await page.keyboard.press('Enter');
    const bubble = page.locator('.fd-user .fd-bubble');
    await bubble.getByText('The export page shows this').waitFor();
    await bubble.locator('img[alt="error-page.png"]').waitFor();
    await expect.poll(() => page.locator('.fd-file').count()).toBe(0);
    await page.locator('.fd-assistant').nth(1).waitFor();
    const conversationId = await page.evaluate(() => {
      const key = Object.keys(localStorage).find((name) => name.endsWith('|demo'));
      return JSON.parse(localStorage.getItem(key as string) as string).conversationId as string;
    });
    const [stored] = await server.store.listMessages(conversationId, { limit: 5 });
    expect(stored!.text).toMatch(
      /^The export page shows this\n\[📎 error-page\.png\]\(attachment:att_[\w-]+\)$/,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows staff the visitor's screenshot in the console's transcript", async () => {
    const { server, browser } = running;
    const { page } = await openHostPage(browser, server);
    await page.getByRole('button', { name: 'Chat with us' }).click();
    await page.getByLabel('Write a message…').waitFor();
    await handOver(page, 'paste', png('for-staff.png'));
    await page.locator('.fd-file.fd-ready').waitFor();
    await page.getByLabel('Write a message…').fill('See the screenshot');
    await page.keyboard.press('Enter');
    await page.locator('.fd-assistant').nth(1).waitFor();
    const conversationId = await page.evaluate(() => {
      const key = Object.keys(localStorage).find((name) => name.endsWith('|demo'));
      return JSON.parse(localStorage.getItem(key as string) as string).conversationId as string;
    });
    const console = await browser.newPage();
    await console.goto(`${server.url}/console/#/conversations/${conversationId}`);
    await signInWithToken(console, OWNER_TOKEN);
    const files = console.getByRole('list', { name: 'Attachments' });
    await files.getByText('📎 for-staff.png').waitFor();
    const image = files.locator('img');
    await expect
      .poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth), { timeout: 5000 })
      .toBe(1);
    await console.close();
    await page.context().close();
  });

  it('takes a pasted screenshot and a dropped file, and sends them without words', async () => {
    const { server, browser } = running;
    const { page } = await openHostPage(browser, server);
    await page.getByRole('button', { name: 'Chat with us' }).click();
    await page.getByLabel('Write a message…').waitFor();
    await handOver(page, 'paste', png('screenshot.png'));
    await handOver(page, 'drop', png('dropped.png'));
    await page.locator('.fd-file.fd-ready').nth(1).waitFor();
    const send = page.getByRole('button', { name: 'Send' });
    expect(await send.isEnabled()).toBe(true);
    await send.click();
    const bubble = page.locator('.fd-user .fd-bubble');
    await bubble.locator('img[alt="screenshot.png"]').waitFor();
    await bubble.locator('img[alt="dropped.png"]').waitFor();
    await page.context().close();
  });

  it('refuses a type the bot does not take, in the browser and by its bytes, with the reason', async () => {
    const { server, browser } = running;
    const { page } = await openHostPage(browser, server);
    await page.getByRole('button', { name: 'Chat with us' }).click();
    await page.getByLabel('Write a message…').waitFor();
    await handOver(page, 'drop', { name: 'notes.zip', type: 'application/zip', base64: 'UEsDBA==' });
    await page.locator('.fd-file.fd-refused').getByText('This kind of file cannot be sent.').waitFor();
    // Named and typed as a PNG, but HTML inside: the server reads the bytes and says no.
    const html = Buffer.from('<html><script>alert(1)</script></html>').toString('base64');
    await handOver(page, 'drop', { name: 'cat.png', type: 'image/png', base64: html });
    await page
      .locator('.fd-file.fd-refused')
      .getByText(/file\.type: .*not accepted/)
      .waitFor();
    expect(await page.getByRole('button', { name: 'Send' }).isEnabled()).toBe(false);
    await page.getByRole('button', { name: 'Remove cat.png' }).click();
    await expect.poll(() => page.locator('.fd-file').count()).toBe(1);
    await page.context().close();
  });

  it("speaks the page's language in the tray", async () => {
    const { server, browser } = running;
    const { page } = await openHostPage(browser, server, { lang: 'de' });
    await page.getByRole('button', { name: 'Chatten Sie mit uns' }).click();
    await page.getByLabel('Nachricht schreiben…').waitFor();
    await handOver(page, 'drop', { name: 'notes.zip', type: 'application/zip', base64: 'UEsDBA==' });
    await page
      .locator('.fd-file.fd-refused')
      .getByText('Diese Art von Datei kann nicht gesendet werden.')
      .waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Entfernen notes.zip' }).count()).toBe(1);
    await page.context().close();
  });

  it('offers a retry when an upload fails on the way, shows its progress, and the retry goes through', async () => {
    const { server, browser } = running;
    const { page } = await openHostPage(browser, server);
    await page.getByRole('button', { name: 'Chat with us' }).click();
    await page.getByLabel('Write a message…').waitFor();
    await page.route(`${server.url}/widget/v1/attachments?*`, (route) => route.abort('connectionreset'));
    await handOver(page, 'paste', png('flaky.png'));
    const failed = page.locator('.fd-file.fd-failed');
    await failed.getByText('Upload failed.').waitFor();
    await page.unroute(`${server.url}/widget/v1/attachments?*`);
    // The retry is slow: a progress bar shows while it goes.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(`${server.url}/widget/v1/attachments?*`, async (route) => {
      await held;
      await route.continue();
    });
    await failed.getByRole('button', { name: 'Retry upload' }).click();
    await page.locator('.fd-file.fd-uploading progress').waitFor();
    release();
    await page.locator('.fd-file.fd-ready').getByText('flaky.png').waitFor();
    await expect.poll(() => page.locator('.fd-file progress').count()).toBe(0);
    await page.context().close();
  });

  it('opens the camera on a phone (capture) besides the file picker', async () => {
    const { server, browser } = running;
    const { page } = await openHostPage(browser, server, {
      viewport: { width: 390, height: 844 },
      // A touch screen's coarse pointer, as a phone reports it.
      prepare: async (phone) => {
        await phone.addInitScript(() => {
          const matches = window.matchMedia.bind(window);
          window.matchMedia = (query: string) =>
            query === '(pointer: coarse)' ? ({ matches: true } as MediaQueryList) : matches(query);
        });
      },
    });
    await page.getByRole('button', { name: 'Chat with us' }).click();
    await page.getByLabel('Write a message…').waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Attach a file' }).click();
    await (await chooser).setFiles([]);
    const camera = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '📷 Take a photo' }).click();
    const picker = await camera;
    expect(picker.isMultiple()).toBe(false);
    expect(await picker.element().getAttribute('capture')).toBe('environment');
    expect(await picker.element().getAttribute('accept')).toBe('image/*');
    await page.context().close();
  });
});
