// @vitest-environment happy-dom
// Signing in to the console: any valid token gets in and sees what its role allows; a bad one is refused.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { h } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from './app.js';
import { deskHandlers, STAFF_TOKEN, ticket, VIEWER_TOKEN } from './testing/desk-fixtures.js';
import { type FakeDesk, installFakeDesk } from './testing/fake-desk.js';

let desk: FakeDesk | undefined;
afterEach(() => {
  cleanup();
  desk?.restore();
  sessionStorage.clear();
  location.hash = '';
});

async function signIn(token: string) {
  fireEvent.click(await screen.findByRole('button', { name: 'Use an API token' }));
  fireEvent.input(screen.getByLabelText('Personal access token'), { target: { value: token } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('sign-in', () => {
  it('lets a staff token in and keeps it for the tab only', async () => {
    desk = installFakeDesk(deskHandlers([ticket('T-1')]));
    render(h(App, null));
    await signIn(STAFF_TOKEN);
    await screen.findByRole('heading', { name: 'Tickets' });
    await screen.findByRole('link', { name: 'T-1' });
    expect(sessionStorage.getItem('frontdesk-console-token')).toBe(STAFF_TOKEN);
    expect(localStorage.length).toBe(0);
  });

  it('refuses a wrong token with a clear message', async () => {
    desk = installFakeDesk(deskHandlers([]));
    render(h(App, null));
    await signIn('fd_wrong');
    expect((await screen.findByRole('alert')).textContent).toContain('not valid or has been revoked');
    expect(screen.queryByRole('heading', { name: 'Tickets' })).toBeNull();
    expect(sessionStorage.length).toBe(0);
  });

  it('lets a viewer token in: the ticket reads, without status, assignment or reply box', async () => {
    desk = installFakeDesk(deskHandlers([ticket('T-1')]));
    render(h(App, null));
    await signIn(VIEWER_TOKEN);
    fireEvent.click(await screen.findByRole('link', { name: 'T-1' }));
    await screen.findByRole('heading', { name: 'T-1: Summary of T-1' });
    await screen.findByText('Open Settings.');
    expect(document.getElementById('reply-text')).toBeNull();
    expect(screen.queryByRole('form', { name: 'Ticket fields' })).toBeNull();
    expect(screen.queryByRole('button', { name: /send|take over|assign/i })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Canned replies' })).toBeNull();
    expect(sessionStorage.getItem('frontdesk-console-token')).toBe(VIEWER_TOKEN);
  });

  it('sends you back to sign-in with a message when the token stops working', async () => {
    const tickets = [ticket('T-1')];
    desk = installFakeDesk(deskHandlers(tickets));
    sessionStorage.setItem('frontdesk-console-token', 'fd_revoked');
    render(h(App, null));
    expect((await screen.findByRole('alert')).textContent).toContain('Sign in again');
    expect(screen.getByLabelText('E-mail')).toBeTruthy();
    expect(sessionStorage.getItem('frontdesk-console-token')).toBeNull();
  });
});
