import { describe, expect, it } from 'vitest';
import { SCREENSHOTS } from '../journeys/journeys-setup.js';
import { useBrowserServer } from './browser-server.js';
import { chromiumAvailable } from './chromium.js';
import { chunkRequested, openHostPage } from './widget-pages.js';

const available = chromiumAvailable('the widget feature browser tests');

describe.skipIf(!available)('widget languages, suggested questions and inline mode in Chromium', () => {
  const running = useBrowserServer({
    async prepare(server) {
      const demo = (await server.store.getBot('ws_default', 'demo'))!;
      const widget = {
        ...demo.settings.widget,
        suggestedQuestions: ['How do I reset my password?', 'How do I export my data?'],
      };
      await server.saveBot({ id: 'suggest', name: 'Suggest', settings: { ...demo.settings, widget } });
      await server.saveBot({
        id: 'hebrew',
        name: 'Hebrew',
        settings: { ...demo.settings, widget: { ...demo.settings.widget, locale: 'he' } },
      });
    },
  });

  it('speaks Arabic right to left from data-lang, loading only the Arabic chunk', async () => {
    const { server, browser } = running;
    const { page, requests, errors } = await openHostPage(browser, server, {
      attributes: 'data-bot="demo" data-lang="ar"',
    });
    const launcher = page.getByRole('button', { name: 'تحدث معنا' });
    // Mirrored: the launcher of a bot on the right sits at the left of an Arabic page.
    expect((await launcher.boundingBox())!.x).toBeLessThan(200);
    await launcher.click();
    const dialog = page.getByRole('dialog', { name: 'الدعم' });
    await dialog.waitFor();
    expect(await page.locator('.fd-root').getAttribute('dir')).toBe('rtl');
    await page.getByLabel('اكتب رسالة…').fill('How do I reset my password?');
    await page.keyboard.press('Enter');
    await page.locator('.fd-assistant .fd-sources a').first().waitFor();
    const panel = (await page.locator('.fd-panel').boundingBox())!;
    expect(panel.x).toBeLessThan(100);
    // Mirrored: the visitor's own bubble sits at the end of the line (the left), answers at the right.
    const mine = (await page.locator('.fd-user .fd-bubble').boundingBox())!;
    const answer = (await page.locator('.fd-assistant .fd-bubble').last().boundingBox())!;
    expect(mine.x).toBeLessThan(answer.x);
    expect(answer.x + answer.width).toBeGreaterThan(mine.x + mine.width);
    await expect.poll(() => dialog.getByRole('button', { name: 'أغلق المحادثة' }).count()).toBe(1);
    await page.screenshot({ path: `${SCREENSHOTS}widget-arabic-rtl.png` });
    expect(chunkRequested(requests, 'ar')).toBe(true);
    expect(requests.filter((line) => /chunk=(de|fr|es|pt|it|nl|ja|he)\./.test(line))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("switches to the bot's language (Hebrew) once the visitor opens the chat", async () => {
    const { server, browser } = running;
    const { page, requests } = await openHostPage(browser, server, { attributes: 'data-bot="hebrew"' });
    await page.getByRole('button', { name: 'Chat with us' }).click();
    await page.getByLabel('כתבו הודעה…').waitFor();
    expect(await page.locator('.fd-root').getAttribute('dir')).toBe('rtl');
    expect(chunkRequested(requests, 'he')).toBe(true);
    await page.context().close();
  });

  it('offers the bot’s suggested questions on the empty panel; a click sends the question', async () => {
    const { server, browser } = running;
    const { page } = await openHostPage(browser, server, { attributes: 'data-bot="suggest"' });
    await page.getByRole('button', { name: 'Chat with us' }).click();
    const suggestions = page.getByRole('group', { name: 'Suggested questions' });
    await suggestions.getByRole('button', { name: 'How do I export my data?' }).click();
    await page.locator('.fd-user').getByText('How do I export my data?').waitFor();
    await page.locator('.fd-assistant .fd-sources a').first().waitFor();
    await expect.poll(() => suggestions.count()).toBe(0);
    await page.context().close();
  });

  it('embeds the chat in the page with <frontdesk-chat>, no launcher, and answers there', async () => {
    const { server, browser } = running;
    const { page, requests } = await openHostPage(browser, server, {
      attributes: 'data-launcher="false"',
      body: '<main><h2>Help centre</h2><frontdesk-chat bot="suggest" style="height:520px;width:600px"></frontdesk-chat></main>',
    });
    const chat = page.locator('frontdesk-chat');
    await chat.getByRole('region', { name: 'Support' }).waitFor();
    await expect.poll(() => page.locator('.fd-launcher').count()).toBe(0);
    const box = (await chat.locator('.fd-panel').boundingBox())!;
    expect(box.width).toBeGreaterThan(590);
    expect(box.height).toBeGreaterThan(500);
    expect(requests.some((line) => line.startsWith('POST /widget/v1/sessions'))).toBe(false);
    await chat.getByLabel('Write a message…').fill('How do I reset my password?');
    await page.keyboard.press('Enter');
    await chat.locator('.fd-assistant .fd-sources a').first().waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}widget-inline.png` });
    await page.context().close();
  });

  it("shows the console's live preview opened, in the language chosen there", async () => {
    const { server, browser } = running;
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/console/preview?bot=demo&locale=ar&color=%23aa0000`);
    await page.getByRole('dialog', { name: 'الدعم' }).waitFor();
    expect(await page.locator('.fd-root').getAttribute('dir')).toBe('rtl');
    expect(errors).toEqual([]);
    await page.close();
  });
});
