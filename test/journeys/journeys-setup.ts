// Shared by the journeys: one real server, Chromium, a visitor and a staff member, and screenshots a person can look at.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../e2e/chromium.js';
import { signInWithToken } from '../e2e/console-sign-in.js';
import { startTestServer, type TestServer, type TestServerOptions } from '../e2e/harness.js';

/** Gitignored: look at them before calling a journey done. */
export const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

export const DESKTOP = { width: 1366, height: 800 };
export const PHONE = { width: 390, height: 844 };

export interface Journey {
  server: TestServer;
  browser: Browser;
  /** A browser context per person, so the visitor and staff share no storage. */
  person(viewport: { width: number; height: number }): Promise<BrowserContext>;
  /** Saves `test/journeys/screenshots/{name}.png`. */
  shot(page: Page, name: string): Promise<void>;
  /** Errors thrown on any page (none are expected). */
  errors: string[];
  close(): Promise<void>;
}

export async function startJourney(options: TestServerOptions = {}): Promise<Journey> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await startTestServer(options);
  const browser = await launchChromium();
  const errors: string[] = [];
  return {
    server,
    browser,
    errors,
    async person(viewport) {
      const phone = viewport.width < 500;
      const context = await browser.newContext({
        viewport,
        ...(phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
      });
      context.on('page', (page) => page.on('pageerror', (error) => errors.push(error.message)));
      return context;
    },
    async shot(page, name) {
      await page.screenshot({ path: `${SCREENSHOTS}${name}.png` });
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** A journey with a visitor and a staff member, each in a desktop context of their own. */
export interface VisitorAndStaff extends Journey {
  /** Open on the demo page. */
  visitorPage: Page;
  /** Not signed in yet. */
  staffPage: Page;
  visitor: ReturnType<typeof visitorOf>;
}

/**
 * Starts a journey with a visitor and a staff member before the file's tests and closes it after
 * them. The fields are set in `beforeAll`, so read them inside tests only.
 */
export function useVisitorAndStaff(): VisitorAndStaff {
  const journey = {} as VisitorAndStaff;
  beforeAll(async () => {
    Object.assign(journey, await startJourney());
    journey.visitorPage = await (await journey.person(DESKTOP)).newPage();
    journey.staffPage = await (await journey.person(DESKTOP)).newPage();
    journey.visitor = visitorOf(journey.visitorPage);
    await journey.visitorPage.goto(journey.server.url);
  }, 60_000);
  afterAll(async () => {
    await journey.close?.();
  });
  return journey;
}

/** The widget as a visitor uses it: by the labels and texts they see. */
export function visitorOf(page: Page) {
  return {
    launcher: () => page.locator('.fd-launcher'),
    async openChat() {
      await page.getByRole('button', { name: 'Chat with us' }).click();
      await page.getByRole('dialog').waitFor();
    },
    async ask(text: string) {
      await page.getByLabel('Write a message…').fill(text);
      await page.getByRole('button', { name: 'Send' }).click();
    },
    /** The latest complete answer's text (the bot's or the team's). */
    lastBubble: () => page.locator('.fd-message .fd-bubble').last(),
    button: (name: string) => page.getByRole('dialog').getByRole('button', { name, exact: true }),
  };
}

/** Signs a staff member in to the console with a personal access token. */
export async function signInToConsole(page: Page, url: string, token: string): Promise<void> {
  await page.goto(`${url}/console`);
  await signInWithToken(page, token);
  await page.getByRole('heading', { name: 'Tickets' }).waitFor();
}
