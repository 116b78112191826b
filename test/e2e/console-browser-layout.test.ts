// The console as staff see it in Chromium, from a 1366 px laptop down to a phone: markdown transcripts,
// requesters in lists, and a ticket table that never breaks a word. Screenshots go to test/e2e/screenshots/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './chromium.js';
import { signInWithToken } from './console-sign-in.js';
import { startTestServer, type TestServer } from './harness.js';

const available = chromiumAvailable('the console layout tests');
const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

const ANSWER =
  "Here's what I found in **Reset your password on the web**:\n\n1. Go to `app.tallyho.example/login`\n" +
  '2. Click **Forgot password?**\n\n- works on the web\n- and on mobile\n\n```\nnpm start\n```\n\n' +
  'More in [Reset your password](https://help.example/reset). <img src=x onerror="window.__pwned=1">';

const VIEWPORTS = [
  { name: 'laptop-1366', width: 1366, height: 768 },
  { name: 'tablet-768', width: 768, height: 1024 },
  { name: 'phone-390', width: 390, height: 844 },
];

describe.skipIf(!available)('console layout in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let staff: string;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startTestServer();
    staff = await server.token({ role: 'staff' });
    browser = await launchChromium();
    const now = Date.now();
    const conversation = {
      id: 'conv_layout_ada',
      workspaceId: 'ws_default',
      botId: 'demo',
      channel: 'web' as const,
      channelKey: 'web:demo:layout-ada',
      requester: {
        id: 'user-42',
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        company: 'Analytical Engines',
      },
      createdAt: now,
      updatedAt: now,
    };
    await server.store.createConversation(conversation);
    const message = (id: string, role: 'user' | 'assistant', text: string, at: number) => ({
      id,
      workspaceId: 'ws_default',
      conversationId: conversation.id,
      role,
      text,
      sources: [],
      ticketId: null,
      createdAt: at,
    });
    await server.store.appendMessage(message('msg_layout_1', 'user', 'How do I reset my password?', now));
    await server.store.appendMessage(message('msg_layout_2', 'assistant', ANSWER, now + 1));
    for (const [index, priority] of ['medium', 'high', 'low'].entries()) {
      await server.store.insertTicket({
        id: `FD-LAYOUT${index}`,
        workspaceId: 'ws_default',
        botId: 'demo',
        conversationId: conversation.id,
        trigger: 'human-request',
        sink: 'builtin',
        externalId: `FD-LAYOUT${index}`,
        url: null,
        type: 'support',
        status: index === 0 ? 'in progress' : 'open',
        priority,
        summary: 'Cannot reset my password from the login page on Safari',
        description: 'd',
        requester: conversation.requester,
        idempotencyKey: `layout-${index}`,
        createdAt: now + index,
        updatedAt: now + index,
      });
    }
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function signedIn(viewport: { width: number; height: number }, hash: string): Promise<Page> {
    const page = await browser.newPage({ viewport });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/console`);
    await signInWithToken(page, staff);
    await page.getByRole('heading', { name: 'Tickets' }).waitFor();
    await page.goto(`${server.url}/console${hash}`);
    return page;
  }

  /** Words broken across lines, in the cells that hold single words (status, priority, dates). */
  const brokenCells = (page: Page) =>
    page.locator('td.nowrap').evaluateAll((cells) =>
      cells
        .filter((cell) => {
          // The line boxes of the cell's text: more than one distinct top means a wrapped word.
          const tops: number[] = [];
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const range = document.createRange();
            range.selectNodeContents(node);
            for (const rect of range.getClientRects()) tops.push(rect.top);
          }
          return tops.some((top) => Math.abs(top - (tops[0] ?? top)) > 4);
        })
        .map((cell) => cell.textContent),
    );
  const overflow = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  for (const viewport of VIEWPORTS) {
    it(`keeps the ticket table readable at ${viewport.width} px`, async () => {
      const page = await signedIn(viewport, '#/tickets');
      await page.getByRole('link', { name: 'FD-LAYOUT0' }).waitFor();
      await page.screenshot({ path: `${SHOTS}console-tickets-${viewport.name}.png`, fullPage: true });
      await expect.poll(() => page.locator('td.nowrap').count()).toBe(15);
      expect(await brokenCells(page)).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await expect.poll(() => page.getByText('Ada Lovelace <ada@example.com>').count()).toBeGreaterThan(0);
      await page.close();
    });

    it(`renders the transcript as markdown and shows the requester at ${viewport.width} px`, async () => {
      const page = await signedIn(viewport, '#/tickets/FD-LAYOUT0');
      const transcript = page.getByRole('list', { name: 'Transcript' });
      await transcript.locator('strong', { hasText: 'Reset your password on the web' }).waitFor();
      expect(await transcript.locator('ol > li').allTextContents()).toEqual([
        'Go to app.tallyho.example/login',
        'Click Forgot password?',
      ]);
      await expect.poll(() => transcript.locator('pre code').textContent()).toBe('npm start');
      expect(await transcript.getByRole('link', { name: 'Reset your password' }).getAttribute('href')).toBe(
        'https://help.example/reset',
      );
      await expect.poll(() => transcript.textContent()).not.toContain('**');
      await expect.poll(() => page.locator('main img').count()).toBe(0);
      const requester = page.getByRole('region', { name: 'Requester' });
      await requester.getByText('Analytical Engines').waitFor();
      await requester.getByText('ada@example.com').waitFor();
      await page.screenshot({ path: `${SHOTS}console-ticket-${viewport.name}.png`, fullPage: true });
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
      await page.close();
    });

    it(`lists conversations by requester, channel and last message at ${viewport.width} px`, async () => {
      const takeover = await fetch(`${server.url}/v1/conversations/conv_layout_ada/takeover`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${staff}` },
      });
      expect(takeover.status).toBe(200);
      const page = await signedIn(viewport, '#/conversations');
      const row = page.getByRole('row').filter({ hasText: 'Ada Lovelace' });
      await row.waitFor();
      await row.getByText('Taken over').waitFor();
      await expect.poll(() => row.textContent()).toContain('web');
      await expect
        .poll(() => row.textContent())
        .toContain("Agent: Here's what I found in Reset your password on the web:");
      await page.screenshot({ path: `${SHOTS}console-conversations-${viewport.name}.png`, fullPage: true });
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.close();
    });
  }

  it('threw no page errors', () => {
    expect(errors).toEqual([]);
  });
});
