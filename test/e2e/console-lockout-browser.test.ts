// Sign-in lockout in Chromium: after five wrong passwords the sign-in screen says the account is locked
// for 15 minutes, and even the right password is refused until then; the screen stays axe-clean.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setPasswordCommand } from '@frontdesk/cli/cli-password-command';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './chromium.js';
import { axeViolations } from './console-axe.js';
import { signInWithPassword } from './console-sign-in.js';
import { startTestServer, type TestServer } from './harness.js';

const available = chromiumAvailable('the console lockout browser test');
const SHOTS = fileURLToPath(new URL('../journeys/screenshots/', import.meta.url));
const LEE = { email: 'lee@example.com', password: 'lee has a long password' };

describe.skipIf(!available)('console: sign-in lockout', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [server, browser] = await Promise.all([startTestServer(), launchChromium()]);
    await setPasswordCommand(server.store, { email: LEE.email, name: 'Lee', role: 'staff' }, LEE.password, {
      out() {},
      err() {},
    });
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.setDefaultTimeout(15_000);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('locks the account after five wrong passwords, and says for how long', async () => {
    await page.goto(`${server.url}/console`);
    const alert = page.getByRole('alert');
    /** Signs in and waits for the server's answer, so each try is counted before the next. */
    const attempt = async (password: string) => {
      const answered = page.waitForResponse((response) => response.url().endsWith('/auth/sign-in'));
      await signInWithPassword(page, LEE.email, password);
      return (await answered).status();
    };
    for (let count = 1; count <= 5; count++) {
      expect(await attempt(`wrong guess ${count}`)).toBe(401);
      await alert.getByText('The e-mail or the password is wrong.').waitFor();
    }
    expect(await attempt('wrong guess 6')).toBe(429);
    await alert.getByText(/Too many failed sign-ins.*Try again in 15 minutes/).waitFor();
    // The right password does not get through a lock either.
    expect(await attempt(LEE.password)).toBe(429);
    await alert.getByText(/Too many failed sign-ins/).waitFor();
    await expect.poll(() => page.getByRole('heading', { name: 'Tickets' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}console-sign-in-locked-phone.png`, fullPage: true });
  });
});
