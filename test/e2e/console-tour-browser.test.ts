// The console tour: the owner signs in with e-mail and password, then every screen at 1366 px and at 390 px (phone), with data in
// it, each axe-clean, none wider than the viewport, and a screenshot of each saved for review as
// test/journeys/screenshots/console-tour-<screen>-<desktop|phone>.png.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './chromium.js';
import { axeViolations, overflowing } from './console-axe.js';
import { signInWithPassword } from './console-sign-in.js';
import { OWNER, startTour, type Tour } from './console-tour-setup.js';

const available = chromiumAvailable('the console tour browser test');
const SHOTS = fileURLToPath(new URL('../journeys/screenshots/', import.meta.url));

/** A screen: its name in the file name, its hash, and a text that shows its data arrived. */
type Stop = { name: string; hash: (tour: Tour) => string; heading: RegExp; shows: RegExp };

const STOPS: Stop[] = [
  { name: 'tickets', hash: () => '#/tickets', heading: /^Tickets$/, shows: /password reset mail/ },
  {
    name: 'ticket',
    hash: (tour) => `#/tickets/${tour.ticketId}`,
    heading: /password reset mail/,
    shows: /Mail log shows a bounce/,
  },
  {
    name: 'conversations',
    hash: () => '#/conversations',
    heading: /^Conversations$/,
    shows: /check your spam folder/,
  },
  {
    name: 'conversation',
    hash: (tour) => `#/conversations/${tour.conversationId}`,
    heading: /^Conversation /,
    shows: /check your spam folder/,
  },
  { name: 'csat', hash: () => '#/csat', heading: /^Customer satisfaction$/, shows: /Average 4\.00 of 5/ },
  {
    name: 'canned-replies',
    hash: () => '#/canned-replies',
    heading: /^Canned replies$/,
    shows: /Spam folder/,
  },
  { name: 'bots', hash: () => '#/bots', heading: /^Bots$/, shows: /Demo bot/ },
  {
    name: 'bot',
    hash: () => '#/bots/demo',
    heading: /Demo bot/,
    shows: /The password reset mail does not arrive/,
  },
  { name: 'widget', hash: () => '#/widget/demo', heading: /^Widget$/, shows: /<script/ },
  { name: 'sites', hash: () => '#/sites', heading: /^Sites$/, shows: /Demo bot/ },
  {
    name: 'knowledge',
    hash: () => '#/knowledge',
    heading: /^Knowledge$/,
    shows: /The password reset mail does not arrive/,
  },
  { name: 'team', hash: () => '#/team', heading: /^Team$/, shows: /grace@example.com/ },
  { name: 'channels', hash: () => '#/channels', heading: /^Channels$/, shows: /Slack is not set up/ },
  { name: 'analytics', hash: () => '#/analytics', heading: /^Analytics$/, shows: /Average 4 of 5/ },
  { name: 'integrations', hash: () => '#/integrations', heading: /^Integrations$/, shows: /Support Jira/ },
  { name: 'log', hash: () => '#/log', heading: /^Request log$/, shows: /\/v1\// },
];

describe.skipIf(!available)('console tour: every screen, desktop and phone', () => {
  let tour: Tour;
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [tour, browser] = await Promise.all([startTour(), launchChromium()]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await tour?.close();
  });

  /** A signed-in owner's page at this width (a touch phone under 500 px), its sign-in screen checked first. */
  async function ownerPage(width: number, kind: string): Promise<Page> {
    const phone = width < 500;
    const context = await browser.newContext({
      viewport: { width, height: phone ? 844 : 900 },
      ...(phone ? { isMobile: true, hasTouch: true } : {}),
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    // No screen asks the API for something it answers 404 (e.g. Slack connections when Slack is off).
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (response.status() === 404 && url.pathname.startsWith('/v1/')) errors.push(`404 ${url.pathname}`);
    });
    page.setDefaultTimeout(15_000);
    await page.goto(`${tour.server.url}/console`);
    await page.getByLabel('E-mail').waitFor();
    await check(page, `sign-in-${kind}`);
    await signInWithPassword(page, OWNER.email, OWNER.password);
    await page.getByRole('heading', { name: 'Tickets', level: 1 }).waitFor();
    return page;
  }

  /** Issue #16: no "Conversation" subheading under the "Conversation …" heading; a phone's ticket heading is small. */
  async function polished(page: Page, name: string, kind: string) {
    if (name === 'conversation') {
      const sub = await page.getByRole('heading', { name: 'Conversation', exact: true }).boundingBox();
      expect(sub?.height ?? 0).toBeLessThanOrEqual(1);
    }
    if (name === 'ticket' && kind === 'phone') {
      const size = await page
        .locator('h1')
        .evaluate((heading) => Number.parseFloat(getComputedStyle(heading).fontSize));
      expect(size).toBeLessThanOrEqual(17);
    }
  }

  async function check(page: Page, name: string) {
    expect(await axeViolations(page), name).toEqual([]);
    expect(await overflowing(page), `${name} fits its width`).toEqual([]);
    await page.screenshot({ path: `${SHOTS}console-tour-${name}.png`, fullPage: true });
  }

  async function visitAll(width: number, kind: string) {
    const page = await ownerPage(width, kind);
    for (const stop of STOPS) {
      await page.goto(`${tour.server.url}/console${stop.hash(tour)}`);
      const arrived = Promise.all([
        page.getByRole('heading', { name: stop.heading, level: 1 }).waitFor(),
        page.getByText(stop.shows).first().waitFor(),
      ]);
      await arrived.catch((error: Error) => {
        throw new Error(`${stop.name}-${kind}: ${error.message}`);
      });
      await page.getByText('Loading…', { exact: true }).waitFor({ state: 'detached' });
      await polished(page, stop.name, kind);
      await check(page, `${stop.name}-${kind}`);
    }
    await page.context().close();
  }

  it('shows every screen at 1366 px', async () => {
    await visitAll(1366, 'desktop');
  }, 60_000);

  it('shows every screen on a 390 px phone', async () => {
    await visitAll(390, 'phone');
    expect(errors).toEqual([]);
  }, 60_000);
});
