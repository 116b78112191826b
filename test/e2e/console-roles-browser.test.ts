// Custom roles in the console, in Chromium against the real server: an owner creates "Analyst"
// (conversations read only) on the team screen and invites a member with it; the analyst signs in
// with a password and sees Conversations and Analytics, read-only, and no Team or Bots; a viewer
// signs in with a token and reads tickets without a reply box; a role with no screen is told so.
import { setPasswordCommand } from '@frontdesk/cli/cli-password-command';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from './chromium.js';
import { type DeskBrowser, startDeskBrowser } from './console-desk-setup.js';
import { signInWithPassword, signInWithToken } from './console-sign-in.js';
import { api } from './desk-helpers.js';
import { OWNER_TOKEN } from './harness.js';

const available = chromiumAvailable('the console roles browser tests');
const OWNER = { email: 'olive@example.com', password: 'olive owns this desk' };
const ANALYST = { email: 'ana@example.com', password: 'ana reads the numbers' };

describe.skipIf(!available)('console: custom roles and read-only members', () => {
  let desk: DeskBrowser;
  let owner: Page;
  let ticket: { id: string; conversationId: string };
  let link = '';

  /** The links of the navigation, in order. */
  const sections = async (page: Page) =>
    page.getByRole('navigation', { name: 'Sections' }).getByRole('link').allTextContents();

  beforeAll(async () => {
    desk = await startDeskBrowser();
    const output = { out() {}, err() {} };
    expect(await setPasswordCommand(desk.server.store, { email: OWNER.email }, OWNER.password, output)).toBe(
      0,
    );
    ticket = await desk.openTicket('I want to talk to a human about my invoice');
  }, 60_000);

  afterAll(async () => {
    await desk?.close();
  });

  it('the owner sees the built-in roles and creates "Analyst" from the permissions grid', async () => {
    owner = await (await desk.context(1366)).newPage();
    owner.setDefaultTimeout(15_000);
    await owner.goto(`${desk.server.url}/console#/team`);
    await signInWithPassword(owner, OWNER.email, OWNER.password);
    await owner.goto(`${desk.server.url}/console#/team`);
    const roles = owner.getByRole('region', { name: 'Roles' });
    await roles.getByRole('rowheader', { name: /viewer/ }).waitFor();
    await roles.getByRole('row', { name: /staff.*Changes .*tickets/ }).waitFor();
    await roles.getByRole('button', { name: 'New role' }).click();
    const form = owner.getByRole('form', { name: 'New role' });
    // No name: the API's answer shows under the name field.
    await form.getByRole('button', { name: 'Create role' }).click();
    await form.getByRole('alert').waitFor();
    expect(await form.getByLabel('Role name').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Role name').fill('Analyst');
    await form.getByLabel('Write conversations').check();
    await form.getByLabel('Write conversations').uncheck();
    expect(await form.getByLabel('Read conversations').isChecked()).toBe(true);
    await desk.check(owner, 'console-role-form-desktop');
    await form.getByRole('button', { name: 'Create role' }).click();
    await owner.getByText('Saved the role Analyst.').waitFor();
    const stored = await api(desk.server, OWNER_TOKEN, 'GET', '/v1/roles');
    expect(stored.json.data).toMatchObject([{ name: 'Analyst', permissions: ['conversations:read'] }]);
    await roles.getByRole('row', { name: /Analyst.*Reads conversations/ }).waitFor();
  });

  it('invites a member as Analyst; deleting the role in use shows why it is refused', async () => {
    const invite = owner.getByRole('form', { name: 'Invite a member' });
    await invite.getByLabel('E-mail').fill(ANALYST.email);
    await invite.getByLabel('Role').selectOption({ label: 'Analyst' });
    await invite.getByRole('button', { name: 'Invite' }).click();
    link = await owner.getByRole('textbox', { name: 'Invitation link' }).inputValue();
    expect(link).toMatch(/#\/welcome\/inv_/);
    const select = owner.getByLabel(`Role of ${ANALYST.email}`);
    await select.waitFor();
    await expect.poll(() => select.locator('option:checked').textContent()).toBe('Analyst');
    await owner.getByRole('button', { name: 'Delete Analyst' }).click();
    await owner.getByRole('button', { name: 'Yes, delete Analyst' }).click();
    await owner.getByRole('alert').getByText(`Analyst is still the role of ${ANALYST.email}`).waitFor();
    await desk.check(owner, 'console-team-roles-desktop');
    await owner.setViewportSize({ width: 390, height: 844 });
    await desk.check(owner, 'console-team-roles-phone');
  });

  it('the analyst signs in and sees only conversations and analytics, read-only', async () => {
    const page = await (await desk.context(1366)).newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(link);
    await page.getByLabel('New password').fill(ANALYST.password);
    await page.getByLabel('Repeat the password').fill(ANALYST.password);
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    // No tickets to read: the start is the first screen the role allows.
    await page.getByRole('heading', { name: 'Conversations', level: 1 }).waitFor();
    expect(await sections(page)).toEqual(['Conversations', 'Analytics']);
    await expect.poll(() => page.getByText('Live', { exact: true }).count()).toBe(0);
    await desk.check(page, 'console-analyst-conversations-desktop');
    await page.goto(`${desk.server.url}/console#/conversations/${ticket.conversationId}`);
    await page.getByText('I want to talk to a human about my invoice').first().waitFor();
    await page.getByText('Read-only: your role may read this conversation, not reply to it.').waitFor();
    await expect.poll(() => page.locator('#reply-text').count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: /take over/i }).count()).toBe(0);
    await desk.check(page, 'console-analyst-conversation-desktop');
    await page.setViewportSize({ width: 390, height: 844 });
    await desk.check(page, 'console-analyst-conversation-phone');
    await page.goto(`${desk.server.url}/console#/analytics`);
    await page.getByRole('heading', { name: 'Analytics', level: 1 }).waitFor();
    await desk.check(page, 'console-analyst-analytics-phone');
    for (const [hash, what] of [
      ['team', 'the team screen'],
      ['bots', 'the bots'],
      [`tickets/${ticket.id}`, 'the tickets'],
    ]) {
      await page.goto(`${desk.server.url}/console#/${hash}`);
      await page.getByText(`Your role may not open ${what}.`).waitFor();
    }
    // The server agrees.
    expect(await page.evaluate(async () => (await fetch('/v1/tickets')).status)).toBe(403);
    // Signing in again with the password form lands on the same read-only console.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.goto(`${desk.server.url}/console`);
    await signInWithPassword(page, ANALYST.email, ANALYST.password);
    await page.getByRole('heading', { name: 'Conversations', level: 1 }).waitFor();
    expect(await sections(page)).toEqual(['Conversations', 'Analytics']);
  });

  it('a viewer signs in with a token and reads a ticket without a reply box', async () => {
    const created = await api(desk.server, OWNER_TOKEN, 'POST', '/v1/tokens', { name: 'V', role: 'viewer' });
    const page = await (await desk.context(390)).newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${desk.server.url}/console`);
    await signInWithToken(page, created.json.data.token);
    await page.getByRole('heading', { name: 'Tickets', level: 1 }).waitFor();
    await page.getByText('Live', { exact: true }).waitFor();
    expect(await sections(page)).not.toContain('Team');
    expect(await sections(page)).not.toContain('Canned replies');
    await page.getByRole('link', { name: ticket.id }).first().click();
    await page.getByText('I want to talk to a human about my invoice').first().waitFor();
    await page.getByText('Read-only: your role may read this conversation, not reply to it.').waitFor();
    await expect.poll(() => page.locator('#reply-text').count()).toBe(0);
    await expect.poll(() => page.getByRole('form', { name: 'Ticket fields' }).count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: /assign|take over/i }).count()).toBe(0);
    // The shortcut help lists only what a reader can do.
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.getByText('Next ticket').waitFor();
    await expect.poll(() => help.getByText('Reply (focus the reply box)').count()).toBe(0);
    await help.getByRole('button', { name: 'Close' }).click();
    await desk.check(page, 'console-viewer-ticket-phone');
    await page.setViewportSize({ width: 1366, height: 900 });
    await desk.check(page, 'console-viewer-ticket-desktop');
  });

  it('a role that allows no screen says so instead of an empty console', async () => {
    const role = await api(desk.server, OWNER_TOKEN, 'POST', '/v1/roles', {
      name: 'Bot messenger',
      permissions: ['messages:write'],
    });
    // The owner makes a token of that custom role on the team screen.
    await owner.reload();
    const form = owner.getByRole('form', { name: 'Create a token' });
    await form.getByLabel('Token name').fill('Messenger');
    await form.getByLabel('Token role').selectOption({ label: 'Bot messenger' });
    await form.getByRole('button', { name: 'Create token' }).click();
    const secret = await owner.getByRole('textbox', { name: 'New token' }).inputValue();
    await owner.getByRole('row', { name: /Messenger.*Bot messenger/ }).waitFor();
    const me = await api(desk.server, secret, 'GET', '/v1/me');
    expect(me.json.data.token.role).toBe(role.json.data.id);
    const page = await (await desk.context(1366)).newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${desk.server.url}/console`);
    await signInWithToken(page, secret);
    await page.getByRole('heading', { name: 'Nothing to see here yet' }).waitFor();
    expect(await sections(page)).toEqual([]);
    await desk.check(page, 'console-no-screens-desktop');
    expect(desk.errors).toEqual([]);
  });
});
