// Staff presence in Chromium: staff typing in the console's reply box shows "Support team is
// typing…" in the visitor's widget, and opening the conversation in the console shows "Read"
// under the visitor's message, until they write again. Also the desk routes on their own.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserServer } from './browser-server.js';
import { chromiumAvailable } from './chromium.js';
import { signInWithToken } from './console-sign-in.js';
import { OWNER_TOKEN } from './harness.js';
import { openHostPage } from './widget-pages.js';

const available = chromiumAvailable('the widget presence browser tests');

describe.skipIf(!available)('staff typing and read receipts in the widget', () => {
  const running = useBrowserServer();

  /** A visitor who asked one question; returns the page and the conversation id. */
  async function visitorAsks(text: string): Promise<{ page: Page; conversationId: string }> {
    const { server, browser } = running;
    const { page } = await openHostPage(browser, server);
    await page.getByRole('button', { name: 'Chat with us' }).click();
    await page.getByLabel('Write a message…').fill(text);
    await page.keyboard.press('Enter');
    await page.locator('.fd-assistant .fd-sources a').first().waitFor();
    const conversationId = await page.evaluate(() => {
      const key = Object.keys(localStorage).find((name) => name.endsWith('|demo'));
      return JSON.parse(localStorage.getItem(key as string) as string).conversationId as string;
    });
    return { page, conversationId };
  }

  const desk = (conversationId: string, what: 'typing' | 'read', token = OWNER_TOKEN) =>
    fetch(`${running.server.url}/v1/conversations/${conversationId}/${what}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
    });

  it('passes the desk routes on to the open widget, and shows them until the visitor writes', async () => {
    const { server } = running;
    const { page, conversationId } = await visitorAsks('How do I reset my password?');
    const typing = page.getByRole('status').getByText('Support team is typing…');
    expect((await desk(conversationId, 'typing')).status).toBe(202);
    await typing.waitFor();
    const read = page.locator('.fd-user .fd-status');
    await expect.poll(() => read.count()).toBe(0);
    expect((await desk(conversationId, 'read')).status).toBe(202);
    // Under the visitor's latest message, though the bot's answer came after it.
    await read.getByText('Read', { exact: true }).waitFor();
    await page.getByLabel('Write a message…').fill('And how do I export my data?');
    await page.keyboard.press('Enter');
    await page.locator('.fd-user').nth(1).waitFor();
    await expect.poll(() => read.count()).toBe(0);
    // No permission, no signal; another workspace's token finds no conversation.
    const viewer = await server.token({ role: 'viewer' });
    expect((await desk(conversationId, 'typing', viewer)).status).toBe(403);
    expect((await desk(conversationId, 'read', viewer)).status).toBe(403);
    expect((await desk(conversationId, 'read', await server.token({ workspaceId: 'ws_other' }))).status).toBe(
      404,
    );
    await page.context().close();
  });

  it('shows "Read" when staff open the conversation in the console, and typing from its reply box', async () => {
    const { server, browser } = running;
    const { page, conversationId } = await visitorAsks('How do I reset my password?');
    const console = await browser.newPage();
    await console.goto(`${server.url}/console/#/conversations/${conversationId}`);
    await signInWithToken(console, OWNER_TOKEN);
    await console.getByRole('list', { name: 'Transcript' }).waitFor();
    await page.locator('.fd-user .fd-status').getByText('Read', { exact: true }).waitFor();
    await console.getByLabel('Reply to the requester').pressSequentially('On it');
    await page.getByText('Support team is typing…').waitFor();
    await console.close();
    await page.context().close();
  });

  it('shows "Read" to a widget that comes back later, unless the visitor wrote after it', async () => {
    const { page, conversationId } = await visitorAsks('How do I export my data?');
    const hostPage = page.url();
    await page.goto('about:blank');
    await desk(conversationId, 'read');
    await page.goto(hostPage);
    await page.getByRole('button', { name: 'Chat with us' }).click();
    const read = page.locator('.fd-user .fd-status');
    await read.getByText('Read', { exact: true }).waitFor();
    await page.getByLabel('Write a message…').fill('Thanks, and CSV?');
    await page.keyboard.press('Enter');
    await page.locator('.fd-assistant').nth(2).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Chat with us' }).click();
    await page.locator('.fd-user').nth(1).waitFor();
    await page.waitForTimeout(500);
    await expect.poll(() => read.count()).toBe(0);
    await page.context().close();
  });
});
