// People in the console, in Chromium against the real server: the first owner signs in with a
// password, invites a member from the team screen, the member sets a password from the link (on a
// phone), works as staff and cannot open the team screen; sign-out ends the session.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setPasswordCommand } from '@frontdesk/cli/cli-password-command';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './chromium.js';
import { checkScreen } from './console-axe.js';
import { signInWithPassword } from './console-sign-in.js';
import { OWNER_TOKEN, startTestServer, type TestServer } from './harness.js';

const available = chromiumAvailable('the console people browser tests');
const SHOTS = fileURLToPath(new URL('../journeys/screenshots/', import.meta.url));
const DESKTOP = { width: 1366, height: 800 };
const PHONE = { width: 390, height: 844 };
const OWNER = { email: 'olive@example.com', password: 'olive owns this desk' };

describe.skipIf(!available)('console: people sign in', () => {
  let server: TestServer;
  let browser: Browser;
  let owner: Page;
  let link = '';
  const errors: string[] = [];

  async function person(viewport: typeof DESKTOP): Promise<BrowserContext> {
    const phone = viewport.width < 500;
    const context = await browser.newContext({
      viewport,
      ...(phone ? { isMobile: true, hasTouch: true } : {}),
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    context.on('page', (page) => page.on('pageerror', (error) => errors.push(error.message)));
    return context;
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startTestServer();
    const output = { out() {}, err() {} };
    // The first owner, as the README says: `frontdesk member set-password --email …`.
    expect(await setPasswordCommand(server.store, { email: OWNER.email }, OWNER.password, output)).toBe(0);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the sign-in screen takes e-mail and password; a wrong one says so', async () => {
    owner = await (await person(DESKTOP)).newPage();
    await owner.goto(`${server.url}/console`);
    await owner.getByLabel('E-mail').waitFor();
    await checkScreen(owner, 'console-sign-in-desktop');
    await signInWithPassword(owner, OWNER.email, 'not my password at all');
    await owner.getByRole('alert').getByText('The e-mail or the password is wrong.').waitFor();
    await signInWithPassword(owner, OWNER.email, OWNER.password);
    await owner.getByRole('heading', { name: 'Tickets' }).waitFor();
    await owner.getByText('Live', { exact: true }).waitFor();
    const cookies = await owner.context().cookies();
    const session = cookies.find((cookie) => cookie.name === 'fd_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    // Scripts cannot read it.
    expect(await owner.evaluate(() => document.cookie)).not.toContain('fd_session');
  });

  it('a reload keeps the owner signed in (the cookie), with every section in the navigation', async () => {
    await owner.reload();
    await owner.getByRole('heading', { name: 'Tickets' }).waitFor();
    const nav = owner.getByRole('navigation', { name: 'Sections' });
    for (const section of ['Tickets', 'Bots', 'Widget', 'Team'])
      await nav.getByRole('link', { name: section }).waitFor();
  });

  it('the team screen invites a member and shows a link to copy (no SMTP here)', async () => {
    await owner.getByRole('link', { name: 'Team' }).click();
    await owner.getByRole('heading', { name: 'Members' }).waitFor();
    await owner.getByText('olive@example.com', { exact: true }).waitFor();
    const invite = owner.getByRole('form', { name: 'Invite a member' });
    await invite.getByLabel('E-mail').fill('sam@example.com');
    await invite.getByLabel('Role').selectOption('staff');
    await invite.getByRole('button', { name: 'Invite' }).click();
    await owner.getByText('No e-mail is set up on this server').waitFor();
    link = await owner.getByRole('textbox', { name: 'Invitation link' }).inputValue();
    expect(link).toMatch(/\/console#\/welcome\/inv_/);
    await owner.getByRole('button', { name: 'Copy link' }).click();
    await owner.getByText('Copied.').waitFor();
    expect(await owner.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await owner.getByText('sam@example.com', { exact: true }).waitFor();
    await checkScreen(owner, 'console-team-desktop');
  });

  it('changes a member role in place', async () => {
    await owner.getByLabel('Role of sam@example.com').selectOption('viewer');
    await owner.getByText('sam@example.com is now viewer.').waitFor();
    const members = await (
      await fetch(`${server.url}/v1/members`, { headers: { Authorization: `Bearer ${OWNER_TOKEN}` } })
    ).json();
    expect(members.data.find((member: { email: string }) => member.email === 'sam@example.com').role).toBe(
      'viewer',
    );
    await owner.getByLabel('Role of sam@example.com').selectOption('staff');
    await owner.getByText('sam@example.com is now staff.').waitFor();
  });

  it('the desk screens have no axe violations at 1366 px and 390 px', async () => {
    for (const [hash, heading] of [
      ['#/tickets', 'Tickets'],
      ['#/conversations', 'Conversations'],
      ['#/csat', 'Customer satisfaction'],
      ['#/sites', 'Sites'],
    ] as const) {
      for (const viewport of [DESKTOP, PHONE]) {
        await owner.setViewportSize(viewport);
        await owner.goto(`${server.url}/console${hash}`);
        await owner.getByRole('heading', { name: heading, level: 1 }).waitFor();
        await owner.getByText('Live', { exact: true }).waitFor();
        await checkScreen(owner, `console-${hash.slice(2)}-${viewport === DESKTOP ? 'desktop' : 'phone'}`);
      }
    }
    // On a phone the members, tokens and roles tables are one card per row: no squeezed words.
    await owner.goto(`${server.url}/console#/team`);
    await owner.getByText('olive@example.com', { exact: true }).waitFor();
    const shown = owner.locator('table:not(.permission-grid)');
    expect(await shown.evaluateAll((all) => all.map((table) => getComputedStyle(table).display))).toEqual([
      'block',
      'block',
      'block',
    ]);
    await checkScreen(owner, 'console-team-phone');
    await owner.setViewportSize(DESKTOP);
    await owner.goto(`${server.url}/console#/team`);
    await owner.getByRole('heading', { name: 'API tokens' }).waitFor();
  }, 90_000);

  it('a token is shown once on the team screen, and can be revoked', async () => {
    const form = owner.getByRole('form', { name: 'Create a token' });
    await form.getByLabel('Token name').fill('CI deploys');
    await form.getByLabel('Token role').selectOption('viewer');
    await form.getByRole('button', { name: 'Create token' }).click();
    const shown = await owner.getByRole('textbox', { name: 'New token' }).inputValue();
    expect(shown).toMatch(/^fd_/);
    const works = await fetch(`${server.url}/v1/tickets`, { headers: { Authorization: `Bearer ${shown}` } });
    expect(works.status).toBe(200);
    await owner.getByRole('button', { name: 'Revoke CI deploys' }).click();
    await owner.getByText('Revoked CI deploys.').waitFor();
    await owner.reload();
    await owner.getByRole('heading', { name: 'API tokens' }).waitFor();
    // The owner's own console sign-in (this cookie) is a session, not an API token: it is not listed.
    const listed = await owner.evaluate(async () => (await fetch('/v1/tokens')).text());
    expect(listed).toContain('"success":true');
    expect(listed).not.toContain('Console session');
    await expect.poll(() => owner.getByText(shown).count()).toBe(0);
    await expect.poll(() => owner.getByText('Console session').count()).toBe(0);
    const refused = await fetch(`${server.url}/v1/tickets`, {
      headers: { Authorization: `Bearer ${shown}` },
    });
    expect(refused.status).toBe(401);
  });

  it('the member opens the link on a phone, chooses a password and works as staff', async () => {
    const phone = await (await person(PHONE)).newPage();
    await phone.goto(link);
    await phone.getByRole('heading', { name: 'Welcome to Frontdesk' }).waitFor();
    await phone.getByText('sam@example.com').waitFor();
    await checkScreen(phone, 'console-welcome-phone');
    await phone.getByLabel('New password').fill('too short');
    await phone.getByLabel('Repeat the password').fill('too short');
    await phone.getByRole('button', { name: 'Set password and sign in' }).click();
    await phone.getByRole('alert').getByText('at least 10 characters').waitFor();
    await phone.getByLabel('New password').fill('sam works the desk');
    await phone.getByLabel('Repeat the password').fill('sam works the desk');
    await phone.getByRole('button', { name: 'Set password and sign in' }).click();
    await phone.getByRole('heading', { name: 'Tickets' }).waitFor();
    await checkScreen(phone, 'console-tickets-staff-phone');
    const nav = phone.getByRole('navigation', { name: 'Sections' });
    await nav.getByRole('link', { name: 'Conversations' }).waitFor();
    await expect.poll(() => nav.getByRole('link', { name: 'Team' }).count()).toBe(0);
    await expect.poll(() => nav.getByRole('link', { name: 'Bots' }).count()).toBe(0);
    await phone.goto(`${server.url}/console#/team`);
    await phone.getByRole('heading', { name: 'Not allowed' }).waitFor();
    await checkScreen(phone, 'console-team-refused-phone');
    // The server agrees: a staff session may not invite.
    const refused = await phone.evaluate(async () => (await fetch('/v1/members')).status);
    expect(refused).toBe(200);
    const write = await phone.evaluate(
      async () => (await fetch('/v1/invitations', { method: 'POST', body: '{"memberId":"x"}' })).status,
    );
    expect(write).toBe(403);
    // The link worked once.
    const again = await fetch(`${server.url}/auth/invitations/${link.split('/welcome/')[1]}`);
    expect(again.status).toBe(404);
  });

  it('the owner sees the member active; signing out ends the session', async () => {
    await owner.reload();
    await owner.getByRole('row', { name: /sam@example.com.*active/ }).waitFor();
    const cookie = (await owner.context().cookies()).find((each) => each.name === 'fd_session')!;
    await owner.getByRole('button', { name: 'Sign out' }).click();
    await owner.getByLabel('E-mail').waitFor();
    const old = await fetch(`${server.url}/v1/tickets`, {
      headers: { Cookie: `fd_session=${cookie.value}` },
    });
    expect(old.status).toBe(401);
    await owner.reload();
    await owner.getByLabel('E-mail').waitFor();
  });

  it('threw no page errors', () => {
    expect(errors).toEqual([]);
  });
});
