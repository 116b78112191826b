// Phones: the demo page fits every common width, the chat takes the screen, and the launcher never covers Send.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../e2e/chromium.js';
import { type Journey, PHONE, startJourney, visitorOf } from './journeys-setup.js';

const available = chromiumAvailable('the phone journeys');

describe.skipIf(!available)('journey: a visitor on a phone', () => {
  let journey: Journey;
  let page: Page;

  beforeAll(async () => {
    journey = await startJourney();
    page = await (await journey.person(PHONE)).newPage();
    await page.goto(journey.server.url);
  }, 60_000);

  afterAll(async () => {
    await journey?.close();
  });

  it('shows the demo page without sideways scrolling from 320 to 430 px, brand line in view', async () => {
    for (const width of [320, 360, 375, 390, 414, 430]) {
      await page.setViewportSize({ width, height: 844 });
      const sizes = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        brand: document.querySelector('nav strong')!.getBoundingClientRect(),
      }));
      expect(sizes.page, `page width at ${width} px`).toBeLessThanOrEqual(width);
      expect(sizes.brand.left).toBeGreaterThanOrEqual(0);
      expect(sizes.brand.right).toBeLessThanOrEqual(width);
    }
    await page.setViewportSize(PHONE);
    await journey.shot(page, 'phone-1-demo-page');
  });

  it('opens the chat full screen, header in view, with the launcher out of the way of Send', async () => {
    const visitor = visitorOf(page);
    await visitor.openChat();
    // Polled: the panel slides in for a moment.
    await expect
      .poll(() => page.locator('.fd-panel').boundingBox())
      .toMatchObject({ x: 0, y: 0, width: PHONE.width, height: PHONE.height });
    const header = await page.locator('.fd-header h2').boundingBox();
    expect(header!.y).toBeGreaterThanOrEqual(0);
    expect(await visitor.launcher().isVisible()).toBe(false);
    await page.getByLabel('Write a message…').fill('How do I reset my password?');
    // A tap lands on Send itself: nothing covers it (Playwright refuses to tap a covered button).
    await page.getByRole('button', { name: 'Send' }).tap();
    await expect
      .poll(() => visitor.lastBubble().textContent(), { timeout: 10_000 })
      .toContain('Forgot password?');
    expect(await page.getByRole('dialog').isVisible()).toBe(true);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await journey.shot(page, 'phone-2-chat-open');
  });

  it('offers "Talk to a human" as a button a thumb can press, then shows the ticket', async () => {
    const visitor = visitorOf(page);
    await visitor.ask('Can Tallyho water my office plants while I am on holiday?');
    const human = visitor.button('Talk to a human');
    await human.waitFor();
    await human.tap();
    await page.locator('.fd-ticket').waitFor();
    await visitor.button('Skip').tap();
    await page.locator('.fd-messages').getByText('No problem: the team will reply here.').waitFor();
    await journey.shot(page, 'phone-3-ticket');
  });

  it('closes with the header button and gives the launcher back', async () => {
    await page.getByRole('dialog').getByRole('button', { name: 'Close chat' }).tap();
    await page.getByRole('button', { name: 'Chat with us' }).waitFor();
    await journey.shot(page, 'phone-4-closed');
  });

  it('threw no page errors', () => {
    expect(journey.errors).toEqual([]);
  });
});
