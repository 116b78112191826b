// The desk in Chromium against the real server, signed in as a staff member: assign a ticket to me,
// to a member and to a group; the Mine / Unassigned / group filters; saved filters; canned replies
// managed and inserted with /shortcut and the picker; internal notes shown apart and never sent.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from './chromium.js';
import { type DeskBrowser, startDeskBrowser } from './console-desk-setup.js';
import { api } from './desk-helpers.js';
import { OWNER_TOKEN } from './harness.js';

const available = chromiumAvailable('the console desk browser tests');

describe.skipIf(!available)('console: the desk', () => {
  let desk: DeskBrowser;
  let context: BrowserContext;
  let page: Page;
  let refund: Awaited<ReturnType<DeskBrowser['openTicket']>>;
  let login: Awaited<ReturnType<DeskBrowser['openTicket']>>;

  const rowOf = (id: string) =>
    page.getByRole('row').filter({ has: page.getByRole('link', { name: id, exact: true }) });
  const listed = async () => page.locator('a.ticket-link').allTextContents();

  beforeAll(async () => {
    desk = await startDeskBrowser();
    refund = await desk.openTicket('I want to talk to a human about my refund');
    login = await desk.openTicket('I want to talk to a human about my login');
    context = await desk.context(1366);
    page = await desk.signedIn(context);
  }, 90_000);

  afterAll(async () => {
    await desk?.close();
  });

  it('assigns a ticket to me, to another member and to a group from the ticket', async () => {
    await page.getByRole('link', { name: refund.id, exact: true }).click();
    await page.getByRole('heading', { name: new RegExp(refund.id) }).waitFor();
    const assignee = page.getByLabel('Assignee');
    await page.getByRole('option', { name: 'Alan Turing' }).waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Assign to me' }).click();
    await page.getByText('Assignment saved.').waitFor();
    await expect.poll(() => assignee.inputValue()).not.toBe('');
    await expect.poll(() => assignee.locator('option:checked').textContent()).toBe('Grace Hopper (me)');
    await expect.poll(() => page.getByRole('button', { name: 'Assign to me' }).isDisabled()).toBe(true);
    await page.getByLabel('Group').selectOption({ label: 'Billing' });
    await expect.poll(() => page.getByLabel('Group').inputValue()).toBe(desk.groupId);
    await desk.check(page, 'console-desk-ticket-desktop');

    await page.getByRole('link', { name: login.id, exact: true }).waitFor({ state: 'detached' });
    await page.goto(`${desk.server.url}/console#/tickets/${login.id}`);
    await page.getByRole('heading', { name: new RegExp(login.id) }).waitFor();
    await page.getByRole('option', { name: 'Alan Turing' }).waitFor({ state: 'attached' });
    await page.getByLabel('Assignee').selectOption({ label: 'Alan Turing' });
    await page.getByText('Assignment saved.').waitFor();
    const stored = await desk.server.store.getTicket(login.id);
    expect(stored?.assignee).toMatch(/^mem_/);
    expect((await desk.server.store.getTicket(refund.id))?.groupId).toBe(desk.groupId);
  });

  it('lists Mine, Unassigned and a group, with assignees by name', async () => {
    await page.getByRole('link', { name: '← All tickets' }).click();
    await page.getByRole('heading', { name: 'Tickets' }).waitFor();
    await expect.poll(() => rowOf(refund.id).getByRole('cell').nth(6).textContent()).toBe('Grace Hopper');
    await expect.poll(() => rowOf(login.id).getByRole('cell').nth(6).textContent()).toBe('Alan Turing');
    await page.getByRole('button', { name: 'Mine' }).click();
    await expect.poll(listed).toEqual([refund.id]);
    expect(await page.getByRole('button', { name: 'Mine' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Unassigned' }).click();
    await expect.poll(listed).toEqual([]);
    await page.getByRole('button', { name: 'All' }).click();
    await page.getByLabel('Group').selectOption({ label: 'Billing' });
    await expect.poll(listed).toEqual([refund.id]);
    await page.getByLabel('Group').selectOption({ label: 'No group' });
    await expect.poll(listed).toEqual([login.id]);
    await desk.check(page, 'console-desk-list-desktop');
    await page.getByLabel('Group').selectOption({ label: 'Any' });
  });

  it('saves the current filter under a name, applies it later, and deletes it', async () => {
    await page.getByRole('button', { name: 'Mine' }).click();
    await page.getByLabel('Priority').selectOption('medium');
    await page.getByRole('button', { name: 'Save this filter…' }).click();
    await page.getByLabel('Name').fill('My medium');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved “My medium”.').waitFor();
    await page.getByRole('button', { name: 'All' }).click();
    await page.getByLabel('Priority').selectOption('');
    await expect.poll(async () => (await listed()).length).toBe(2);

    await page.reload();
    await page.getByRole('option', { name: 'My medium' }).waitFor({ state: 'attached' });
    await page.getByLabel('Saved filters').selectOption({ label: 'My medium' });
    await expect.poll(listed).toEqual([refund.id]);
    await expect.poll(() => page.getByLabel('Priority').inputValue()).toBe('medium');
    const saved = await page.evaluate(async () => (await fetch('/v1/desk/saved-filters')).json());
    expect(saved.data[0].filter).toEqual({ assignee: 'me', priority: 'medium' });
    await desk.check(page, 'console-desk-saved-filter-desktop');
    // Changed by hand, the filter is no longer the saved one, and the picker says so.
    await page.getByLabel('Status').selectOption('open');
    await expect.poll(() => page.getByLabel('Saved filters').inputValue()).toBe('');
    await page.getByLabel('Status').selectOption('');
    await expect.poll(() => page.getByLabel('Saved filters').inputValue()).not.toBe('');

    await page.getByRole('button', { name: 'Delete saved filter' }).click();
    await page.getByText('Deleted “My medium”.').waitFor();
    await page.getByRole('option', { name: 'None saved yet' }).waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'All' }).click();
  });

  it('manages canned replies and inserts one with /shortcut and Tab, and with the picker', async () => {
    await page.getByRole('link', { name: 'Canned replies' }).click();
    await page.getByRole('heading', { name: 'Canned replies', level: 1 }).waitFor();
    await page.getByLabel('Title').fill('Refund on its way');
    await page.getByLabel('Shortcut (letters, digits, - and _)').fill('refund');
    await page.getByLabel('Text').fill('Your refund is on its way <b>today</b>.');
    await page.getByRole('button', { name: 'Add canned reply' }).click();
    await page.getByText('Added /refund.').waitFor();
    await page.getByLabel('Title').fill('Hallo');
    await page.getByLabel('Shortcut (letters, digits, - and _)').fill('hallo');
    await page.getByLabel('Text').fill('Guten Tag!');
    await page.getByLabel('Language (optional, e.g. en or de-CH)').fill('de');
    await page.getByRole('button', { name: 'Add canned reply' }).click();
    await page.getByText('Added /hallo.').waitFor();
    await page.getByRole('button', { name: 'Edit /hallo' }).click();
    await page.getByLabel('Title').fill('Hallo (Deutsch)');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Saved /hallo.').waitFor();
    const list = page.getByRole('list', { name: 'Canned replies' });
    await list.getByText('Hallo (Deutsch)').waitFor();
    await page.getByLabel('Title').fill('Bye');
    await page.getByLabel('Shortcut (letters, digits, - and _)').fill('bye');
    await page.getByLabel('Text').fill('Goodbye!');
    await page.getByRole('button', { name: 'Add canned reply' }).click();
    await page.getByRole('button', { name: 'Delete /bye' }).click();
    await page.getByText('Deleted /bye.').waitFor();
    await list.getByText('Goodbye!').waitFor({ state: 'detached' });
    // Untrusted text stays text.
    await expect.poll(() => list.locator('b').count()).toBe(0);
    await desk.check(page, 'console-desk-canned-replies-desktop');

    await page.goto(`${desk.server.url}/console#/tickets/${refund.id}`);
    const box = page.getByLabel('Reply to the requester');
    await box.click();
    await box.pressSequentially('Hi! /ref');
    await page
      .getByRole('list', { name: 'Matching canned replies' })
      .getByText('/refund · Refund on its way')
      .waitFor();
    await box.press('Tab');
    await expect.poll(() => box.inputValue()).toBe('Hi! Your refund is on its way <b>today</b>.');
    await page.getByLabel('Insert a canned reply').selectOption({ label: 'Hallo (Deutsch) (de)' });
    await expect.poll(() => box.inputValue()).toBe('Hi! Your refund is on its way <b>today</b>.Guten Tag!');
    await page.getByRole('button', { name: 'Send reply' }).click();
    // The visitor has left the page: the reply waits for them.
    await page.getByText(/^Reply saved\. The visitor is not on the page now/).waitFor();
    const transcript = page.getByRole('list', { name: 'Transcript' });
    await transcript.getByText('Guten Tag!').waitFor();
  });

  it('writes an internal note, shown apart in the timeline, that the visitor never receives', async () => {
    const stream = await refund.visitor.listen(refund.conversationId);
    const typing: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/typing')) typing.push(request.url());
    });
    // Typing is signalled at most every 3 s: let the last signal (the canned reply above) age, so
    // only the note's privacy keeps the signal back.
    await page.waitForTimeout(3100);
    await page.getByRole('button', { name: 'Internal note' }).click();
    const box = page.getByLabel('Internal note (only staff see it)');
    await box.fill('VIP customer: refund approved by finance');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByText('Note added. Only staff see it.').waitFor();
    // Writing a note is private: the visitor is not even told that staff are typing.
    expect(typing).toEqual([]);
    const note = page.getByRole('list', { name: 'Transcript' }).locator('li.note');
    await note.getByText('VIP customer: refund approved by finance').waitFor();
    await expect
      .poll(() => note.locator('.message-meta').textContent())
      .toContain('Internal note · Grace Hopper');
    // A colleague's note shows up live, without a reload.
    const colleague = await api(
      desk.server,
      OWNER_TOKEN,
      'POST',
      `/v1/conversations/${refund.conversationId}/notes`,
      {
        text: 'Finance confirmed the refund',
      },
    );
    expect(colleague.status).toBe(201);
    await page
      .getByRole('list', { name: 'Transcript' })
      .locator('li.note')
      .getByText('Finance confirmed')
      .waitFor();
    await desk.check(page, 'console-desk-note-desktop');

    await page.getByRole('button', { name: 'Reply', exact: true }).click();
    await page.getByLabel('Reply to the requester').fill('All sorted, have a nice day.');
    await expect.poll(() => typing.length).toBe(1);
    await page.getByRole('button', { name: 'Send reply' }).click();
    await stream.until(() => stream.received.some((message) => message.text?.includes('nice day')));
    expect(JSON.stringify(stream.received)).not.toContain('VIP');
    await stream.close();
    expect(desk.errors).toEqual([]);
  });

  it('shows "(deleted group)" for a group that is gone, and a group made since by its name', async () => {
    // Old data: a ticket naming a group deleted before deleting a group cleared its tickets.
    await desk.server.store.updateTicket(login.id, { groupId: 'grp_gone', updatedAt: Date.now() });
    const sales = await api(desk.server, OWNER_TOKEN, 'POST', '/v1/groups', { name: 'Sales' });
    await desk.server.store.updateTicket(refund.id, { groupId: sales.json.data.id, updatedAt: Date.now() });
    const checked = () => page.getByLabel('Group').locator('option:checked').textContent();
    await page.goto(`${desk.server.url}/console#/tickets/${login.id}`);
    await page.getByRole('heading', { name: new RegExp(login.id) }).waitFor();
    await expect.poll(checked).toBe('(deleted group)');
    expect(await page.getByLabel('Group').locator('option').allTextContents()).not.toContain('grp_gone');
    await desk.check(page, 'console-desk-deleted-group-desktop');
    await page.goto(`${desk.server.url}/console#/tickets/${refund.id}`);
    await page.getByRole('heading', { name: new RegExp(refund.id) }).waitFor();
    await expect.poll(checked).toBe('Sales');
    expect(desk.errors).toEqual([]);
  });
});
