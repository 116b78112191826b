// The widget screen's identity verification in Chromium: the owner sets a secret and "only verified
// visitors"; the secret is never shown again; the widget then refuses a visitor without a valid user hash
// and lets in one whose hash was signed with that secret.
import { createHmac } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './chromium.js';
import { signInWithToken } from './console-sign-in.js';
import { OWNER_TOKEN, startTestServer, type TestServer } from './harness.js';

const available = chromiumAvailable('the console widget identity browser test');
const SECRET = 'tour-identity-secret-5f2c9a';

describe.skipIf(!available)('console: widget identity verification', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  /** Opens a widget session for the demo bot from its own page, as the widget does. */
  const session = (user?: Record<string, string>) =>
    fetch(`${server.url}/widget/v1/sessions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: server.url },
      body: JSON.stringify({ botId: 'demo', ...(user ? { user } : {}) }),
    });

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchChromium()]);
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.on('pageerror', (error) => errors.push(error.message));
    page.setDefaultTimeout(15_000);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('saves the secret write-only and requires verified visitors', async () => {
    expect((await session()).status).toBe(201);
    await page.goto(`${server.url}/console#/widget/demo`);
    await signInWithToken(page, OWNER_TOKEN);
    await page.getByRole('heading', { name: 'Widget', level: 1 }).waitFor();
    await page.getByLabel('Identity secret (not set)').fill(SECRET);
    await page.getByLabel('Only verified visitors (a valid user hash) may chat').check();
    await page.getByRole('button', { name: 'Save widget' }).click();
    await page.getByText('Widget saved.').waitFor();
    // The field is empty again and says a secret is set; the secret is nowhere on the page.
    const field = page.getByLabel(/^Identity secret \(set; type a new one to replace it\)/);
    await field.waitFor();
    await expect.poll(() => field.inputValue()).toBe('');
    expect(await page.content()).not.toContain(SECRET);
    await page.reload();
    await field.waitFor();
    expect(await page.getByLabel('Only verified visitors (a valid user hash) may chat').isChecked()).toBe(
      true,
    );
    expect(await page.content()).not.toContain(SECRET);
  });

  it('the widget now refuses an anonymous or forged visitor and lets in a signed one', async () => {
    expect((await session()).status).toBe(401);
    expect((await session({ userId: 'u-7', userHash: 'ab'.repeat(32) })).status).toBe(401);
    const userHash = createHmac('sha256', SECRET).update('u-7').digest('hex');
    expect((await session({ userId: 'u-7', userHash })).status).toBe(201);
    // The demo page's widget (no user hash) says chat is not available.
    const visitor = await browser.newPage();
    await visitor.goto(server.url);
    await visitor.getByRole('button', { name: 'Chat with us' }).click();
    await visitor.getByText('Chat is not available on this page.').waitFor();
    await visitor.close();
    expect(errors).toEqual([]);
  });
});
