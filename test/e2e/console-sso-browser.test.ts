// "Sign in with SSO" in Chromium: the real server and openid-client against a fake OpenID Connect
// provider on 127.0.0.1 (code flow with PKCE, RS256 ID tokens). An invited member gets in as staff;
// an e-mail that is no member, or one the provider does not vouch for, is sent back with a reason.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeOidc, startFakeOidc } from '../fakes/oidc-server.js';
import { chromiumAvailable, launchChromium } from './chromium.js';
import { axeViolations } from './console-axe.js';
import { startTestServer, type TestServer } from './harness.js';

const available = chromiumAvailable('the console SSO browser tests');
const SHOTS = fileURLToPath(new URL('../journeys/screenshots/', import.meta.url));

describe.skipIf(!available)('console: sign in with SSO (OpenID Connect)', () => {
  let oidc: FakeOidc;
  let server: TestServer;
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    oidc = await startFakeOidc();
    server = await startTestServer({
      env: {
        FRONTDESK_OIDC_ISSUER: oidc.issuer,
        FRONTDESK_OIDC_CLIENT_ID: oidc.clientId,
        FRONTDESK_OIDC_CLIENT_SECRET: oidc.clientSecret,
      },
    });
    const invited = await server.post('/v1/members', { email: 'ivy@example.com', role: 'staff' });
    expect(invited.status).toBe(201);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await oidc?.close();
  });

  async function ssoAs(email: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/console`);
    await page.getByRole('link', { name: 'Sign in with SSO' }).click();
    await page.getByRole('heading', { name: 'Fake SSO' }).waitFor();
    await page.getByLabel('Your e-mail').fill(email);
    await page.getByRole('button', { name: 'Continue' }).click();
    return page;
  }

  it('offers SSO on the sign-in screen', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/console`);
    await page.getByRole('link', { name: 'Sign in with SSO' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}console-sign-in-sso.png` });
    await page.close();
  });

  it('an invited member signs in through the provider and works as staff', async () => {
    const page = await ssoAs('Ivy@Example.com');
    await page.getByRole('heading', { name: 'Tickets' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Sections' });
    await nav.getByRole('link', { name: 'Conversations' }).waitFor();
    await expect.poll(() => nav.getByRole('link', { name: 'Team' }).count()).toBe(0);
    const cookie = (await page.context().cookies()).find((each) => each.name === 'fd_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    // PKCE: the token request carried the verifier, and the client authenticated itself.
    expect(oidc.tokenRequests.at(-1)?.get('code_verifier')).toMatch(/^[\w-]{43,}$/);
    const members = await (
      await fetch(`${server.url}/v1/members`, { headers: { Cookie: `fd_session=${cookie!.value}` } })
    ).json();
    expect(members.data.find((member: { email: string }) => member.email === 'ivy@example.com').status).toBe(
      'active',
    );
    await page.screenshot({ path: `${SHOTS}console-after-sso.png` });
    await page.close();
  });

  it('an e-mail that is no member is sent back to sign-in with the reason', async () => {
    const page = await ssoAs('stranger@example.com');
    await page.getByRole('alert').getByText('is not a member here').waitFor();
    expect((await page.context().cookies()).some((each) => each.name === 'fd_session')).toBe(false);
    await page.close();
  });

  it('an e-mail the provider does not vouch for is refused', async () => {
    oidc.emailVerified = false;
    const page = await ssoAs('ivy@example.com');
    await page.getByRole('alert').getByText('did not vouch for your e-mail').waitFor();
    oidc.emailVerified = true;
    await page.close();
  });

  it('a callback without the sign-in it answers is refused (no forged logins)', async () => {
    const response = await fetch(`${server.url}/auth/oidc/callback?code=stolen&state=x`, {
      redirect: 'manual',
    });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/console#/sso-error/failed');
    expect(response.headers.get('set-cookie') ?? '').not.toContain('fd_session=fd_');
  });

  it('threw no page errors', () => {
    expect(errors).toEqual([]);
  });
});
