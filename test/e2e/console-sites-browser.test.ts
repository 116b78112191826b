// Allowing a site to embed the widget from the console, in Chromium: an admin adds and removes it; staff may only look.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserServer } from './browser-server.js';
import { chromiumAvailable } from './chromium.js';
import { signInWithToken } from './console-sign-in.js';

const available = chromiumAvailable('the console sites tests');
const SITE = 'https://www.tallyho-customer.example';

describe.skipIf(!available)('allowed sites in the console', () => {
  const running = useBrowserServer();
  const errors: string[] = [];

  async function sitesAs(role: 'admin' | 'staff'): Promise<Page> {
    const { server, browser } = running;
    const page = await browser.newPage();
    page.setDefaultTimeout(8000);
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/console`);
    await signInWithToken(page, await server.token({ role }));
    await page.getByRole('link', { name: 'Sites' }).click();
    await page.getByRole('heading', { name: /Demo bot/ }).waitFor();
    return page;
  }

  /** What the server answers a widget on `origin` asking for a session. */
  const sessionStatus = async (origin: string) =>
    (
      await fetch(`${running.server.url}/widget/v1/sessions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: origin },
        body: JSON.stringify({ botId: 'demo' }),
      })
    ).status;

  it('lets an admin allow a site by pasting a page address, and remove it again', async () => {
    expect(await sessionStatus(SITE)).toBe(403);
    const page = await sitesAs('admin');
    await page.getByLabel('Add a site').fill(`${SITE}/pricing?plan=pro`);
    await page.getByRole('button', { name: 'Allow' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Added ${SITE}.` })
      .waitFor();
    await page.getByRole('list', { name: 'Sites allowed for Demo bot' }).getByText(SITE).waitFor();
    expect(await sessionStatus(SITE)).toBe(201);

    await page.getByLabel('Add a site').fill('not a site');
    await page.getByRole('button', { name: 'Allow' }).click();
    await page.getByRole('alert').filter({ hasText: 'Enter a site address' }).waitFor();

    await page.getByRole('button', { name: `Remove ${SITE}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Removed ${SITE}.` })
      .waitFor();
    expect(await sessionStatus(SITE)).toBe(403);
    await page.close();
  });

  it('shows staff the sites but explains that only admins change them, without signing them out', async () => {
    const page = await sitesAs('staff');
    await page.getByLabel('Add a site').fill(SITE);
    await page.getByRole('button', { name: 'Allow' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Only admins and owners can change the allowed sites.' })
      .waitFor();
    await page.getByRole('link', { name: 'Tickets' }).waitFor();
    expect(await sessionStatus(SITE)).toBe(403);
    await page.close();
  });

  it('threw no page errors', () => {
    expect(errors).toEqual([]);
  });
});
