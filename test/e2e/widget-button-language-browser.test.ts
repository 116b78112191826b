import { describe, expect, it } from 'vitest';
import { SCREENSHOTS } from '../journeys/journeys-setup.js';
import { useBrowserServer } from './browser-server.js';
import { chromiumAvailable } from './chromium.js';
import { openHostPage } from './widget-pages.js';

const available = chromiumAvailable('the button language browser tests');
const HUMAN_AR = 'التحدث إلى موظف';

describe.skipIf(!available)('buttons in the visitor language in Chromium', () => {
  // The demo bot: the embedded agent on examples/knowledge.
  const running = useBrowserServer();

  for (const [name, viewport] of [
    ['desktop', { width: 1366, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    it(`offers an Arabic page the Arabic hand-over button; a tap opens a ticket (${name})`, async () => {
      const { server, browser } = running;
      const { page, errors } = await openHostPage(browser, server, { lang: 'ar', viewport });
      await page.getByRole('button', { name: 'تحدث معنا' }).click();
      expect(await page.locator('.fd-root').getAttribute('dir')).toBe('rtl');
      await page.getByLabel('اكتب رسالة…').fill('Which airport is closest to your office?');
      await page.keyboard.press('Enter');
      const answer = page.locator('.fd-assistant').last();
      const human = answer.locator('.fd-actions').getByRole('button', { name: HUMAN_AR });
      await human.waitFor();
      expect(await answer.locator('.fd-actions button').allTextContents()).toEqual([HUMAN_AR]);
      await answer.getByText('هل تود التحدث إلى أحد موظفي فريق الدعم لدينا؟').waitFor();
      await expect.poll(() => answer.textContent()).not.toContain('Would you like');
      // After the agent's English line, the Arabic question reads right to left.
      const question = answer.locator('p', { hasText: 'هل تود' });
      expect(await question.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
      await expect.poll(() => page.getByRole('button', { name: 'Talk to a human' }).count()).toBe(0);
      await page.screenshot({ path: `${SCREENSHOTS}widget-arabic-human-button-${name}.png` });
      await human.click();
      await page.locator('.fd-user .fd-bubble').getByText(HUMAN_AR, { exact: true }).waitFor();
      // The hand-over: the ticket's card, in Arabic ("تذكرة" and its id), and "Skip" in Arabic.
      await page.getByText(/^تذكرة \S+-\S+$/).waitFor();
      // Its status is said in Arabic too, not "open".
      await expect
        .poll(() => page.locator('.fd-ticket .fd-status').last().textContent())
        .toBe('الحالة: مفتوحة');
      await page.getByRole('button', { name: 'تخطي' }).waitFor();
      const handover = page.locator('.fd-assistant').last();
      await handover.getByText(/فتحتُ (لك )?تذكرة \(FD-/).waitFor();
      await handover.getByText(/فعلى أي بريد إلكتروني يمكنه مراسلتك؟/).waitFor();
      expect(await handover.textContent()).not.toMatch(/I've opened|e-mail you/);
      await page.screenshot({ path: `${SCREENSHOTS}widget-arabic-human-ticket-${name}.png` });
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
