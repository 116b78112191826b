// The desk in Chromium, by keyboard and on a phone: the `?` shortcut dialog, j/k/Enter on the list,
// r/n/a/e/j on a ticket (never while typing in a field), browser notifications of new tickets
// (asked for only on a click, shown only when the tab is not focused, a click opens the ticket),
// and the list and a ticket at 390 px.

import { setPasswordCommand } from '@frontdesk/cli/cli-password-command';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable } from './chromium.js';
import { type DeskBrowser, startDeskBrowser } from './console-desk-setup.js';
import { signInWithPassword } from './console-sign-in.js';

const VIEWER = { email: 'vera@example.com', password: 'vera only looks here' };

const available = chromiumAvailable('the console desk keyboard browser tests');

/** Runs before the console: records Notification use, and lets the test say whether the tab has focus. */
function spyOnNotifications() {
  const spy = window as unknown as Record<string, unknown>;
  const Real = window.Notification;
  spy.__notifications = [];
  spy.__asked = 0;
  spy.__focused = true;
  document.hasFocus = () => spy.__focused === true;
  function Spied(title: string, options?: NotificationOptions) {
    (spy.__notifications as unknown[]).push({ title, body: options?.body });
    const made = new Real(title, options);
    spy.__last = made;
    return made;
  }
  Object.defineProperty(Spied, 'permission', { get: () => Real.permission });
  Spied.requestPermission = () => {
    spy.__asked = (spy.__asked as number) + 1;
    return Real.requestPermission();
  };
  (window as unknown as { Notification: unknown }).Notification = Spied;
}

describe.skipIf(!available)('console: the desk by keyboard, notifications, phone', () => {
  let desk: DeskBrowser;
  let page: Page;
  const tickets: string[] = [];
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  const blur = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

  beforeAll(async () => {
    desk = await startDeskBrowser();
    const quiet = { out() {}, err() {} };
    await setPasswordCommand(
      desk.server.store,
      { email: VIEWER.email, role: 'viewer' },
      VIEWER.password,
      quiet,
    );
    for (const topic of ['printer', 'invoice', 'password']) {
      tickets.unshift((await desk.openTicket(`I want to talk to a human about my ${topic}`)).id);
    }
    const context = await desk.context(1366);
    await context.addInitScript(spyOnNotifications);
    page = await desk.signedIn(context);
  }, 90_000);

  afterAll(async () => {
    await desk?.close();
  });

  it('shows every shortcut in an accessible dialog on ?, and closes it with Escape', async () => {
    await page.getByRole('link', { name: tickets[0], exact: true }).waitFor();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    for (const what of ['Next ticket', 'Previous ticket', 'Open the selected ticket', 'Resolve the ticket']) {
      await dialog.getByRole('cell', { name: what }).waitFor();
    }
    await desk.check(page, 'console-desk-shortcuts-desktop');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('moves through the list with j and k, opens with Enter, and ignores keys typed into a field', async () => {
    await page.getByLabel('Search').fill('');
    await page.getByLabel('Search').press('j');
    await expect.poll(() => page.getByLabel('Search').inputValue()).toBe('j');
    await expect.poll(focusedText).toBe('');
    await page.getByLabel('Search').fill('');
    await blur();
    await page.keyboard.press('j');
    await expect.poll(focusedText).toBe(tickets[0]);
    await page.keyboard.press('j');
    await expect.poll(focusedText).toBe(tickets[1]);
    await page.keyboard.press('k');
    await expect.poll(focusedText).toBe(tickets[0]);
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: new RegExp(tickets[1] ?? '') }).waitFor();
  });

  it('on a ticket: r replies, n writes a note, a assigns to me, e resolves, j goes to the next ticket', async () => {
    await page.getByLabel('Reply to the requester').waitFor();
    await blur();
    await page.keyboard.press('r');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('reply-text');
    await page.keyboard.type('n');
    await expect.poll(() => page.getByLabel('Reply to the requester').inputValue()).toBe('n');
    await page.getByLabel('Reply to the requester').fill('');
    await blur();
    await page.keyboard.press('n');
    await page.getByLabel('Internal note (only staff see it)').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('reply-text');
    await blur();
    await page.keyboard.press('a');
    await page.getByText('Assignment saved.').waitFor();
    await expect
      .poll(async () => (await desk.server.store.getTicket(tickets[1] ?? ''))?.assignee)
      .toMatch(/^mem_/);
    await blur();
    await page.keyboard.press('e');
    await page.getByText('Ticket resolved.').waitFor();
    await expect
      .poll(async () => (await desk.server.store.getTicket(tickets[1] ?? ''))?.status)
      .toBe('resolved');
    await blur();
    await page.keyboard.press('j');
    await page.getByRole('heading', { name: new RegExp(tickets[2] ?? '') }).waitFor();
  });

  it('asks for notification permission only on a click, and notifies of a new ticket only when the tab is not focused', async () => {
    await page.getByRole('link', { name: '← All tickets' }).click();
    const button = page.getByRole('button', { name: 'Notify me of new tickets' });
    await button.waitFor();
    expect(await page.evaluate(() => (window as unknown as { __asked: number }).__asked)).toBe(0);
    await page.context().grantPermissions(['notifications'], { origin: desk.server.url });
    await button.click();
    await page.getByText('Notifications of new tickets are on.').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __asked: number }).__asked)).toBe(1);

    const seen = await desk.openTicket('I want to talk to a human about my screen');
    await page.getByRole('link', { name: seen.id, exact: true }).waitFor();
    const notifications = () =>
      page.evaluate(() => (window as unknown as { __notifications: { title: string }[] }).__notifications);
    expect(await notifications()).toEqual([]);

    await page.evaluate(() => {
      (window as unknown as { __focused: boolean }).__focused = false;
    });
    const away = await desk.openTicket('I want to talk to a human about my keyboard');
    await expect
      .poll(notifications)
      .toEqual([{ title: `New ticket ${away.id}`, body: expect.stringContaining('keyboard') }]);
    await page.evaluate(() => {
      const last = (window as unknown as { __last: Notification }).__last;
      last.onclick?.(new Event('click'));
    });
    await page.getByRole('heading', { name: new RegExp(away.id) }).waitFor();
    expect(desk.errors).toEqual([]);
  });

  it('tells a viewer that the canned replies are not for their role', async () => {
    const viewer = await (await desk.context(1366)).newPage();
    await viewer.goto(`${desk.server.url}/console#/canned-replies`);
    await signInWithPassword(viewer, VIEWER.email, VIEWER.password);
    await viewer.getByRole('heading', { name: 'Not allowed' }).waitFor();
    await expect.poll(() => viewer.getByRole('link', { name: 'Canned replies' }).count()).toBe(0);
    await desk.check(viewer, 'console-desk-canned-replies-viewer');
  });

  it('fits a phone: the list, a ticket, the canned replies and the shortcuts at 390 px, axe-clean', async () => {
    const phone = await desk.signedIn(await desk.context(390));
    await phone.getByRole('link', { name: tickets[0], exact: true }).waitFor();
    await desk.check(phone, 'console-desk-list-phone');
    await phone.getByRole('link', { name: tickets[0], exact: true }).click();
    await phone.getByLabel('Reply to the requester').waitFor();
    await phone.getByRole('button', { name: 'Internal note' }).click();
    await desk.check(phone, 'console-desk-ticket-phone');
    await phone.getByRole('link', { name: 'Canned replies' }).click();
    await phone.getByRole('heading', { name: 'Add a canned reply' }).waitFor();
    await desk.check(phone, 'console-desk-canned-replies-phone');
    await phone.goto(`${desk.server.url}/console#/tickets`);
    await phone.getByRole('link', { name: tickets[0], exact: true }).waitFor();
    await phone.keyboard.press('?');
    await phone.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await desk.check(phone, 'console-desk-shortcuts-phone');
  });
});
