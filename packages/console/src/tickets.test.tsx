// @vitest-environment happy-dom
// The ticket screens with a fake API: filter and page the list, open a ticket, inert XSS, change fields, reply, live.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { h } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from './app.js';
import { deskHandlers, STAFF_TOKEN, ticket } from './testing/desk-fixtures.js';
import { type FakeDesk, installFakeDesk } from './testing/fake-desk.js';

let desk: FakeDesk;
let tickets: ReturnType<typeof ticket>[];

beforeEach(() => {
  tickets = Array.from({ length: 30 }, (_, index) =>
    ticket(`T-${index + 1}`, { status: index % 3 === 0 ? 'resolved' : 'open' }),
  );
  desk = installFakeDesk(deskHandlers(tickets));
  sessionStorage.setItem('frontdesk-console-token', STAFF_TOKEN);
});
afterEach(() => {
  cleanup();
  desk.restore();
  sessionStorage.clear();
  location.hash = '';
});

const rows = () => screen.getAllByRole('row').slice(1);

describe('ticket list', () => {
  it('filters by status and pages through the results', async () => {
    render(h(App, null));
    await screen.findByRole('link', { name: 'T-1' });
    expect(rows()).toHaveLength(25);
    expect(screen.getByText('1–25 of 30')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText('26–30 of 30');
    expect(rows()).toHaveLength(5);

    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'resolved' } });
    await screen.findByText('1–10 of 10');
    expect(rows().every((row) => row.textContent?.includes('resolved'))).toBe(true);
    expect(desk.calls.at(-1)?.path).toContain('status=resolved');
  });

  it('shows a new ticket when the live stream announces it, without a reload', async () => {
    render(h(App, null));
    await screen.findByText('1–25 of 30');
    await screen.findByText('Live');
    tickets.unshift(ticket('T-NEW', { summary: 'Printer on fire' }));
    desk.emit('ticket-created', { ticket: { id: 'T-NEW' } });
    await screen.findByText('Printer on fire');
    expect(screen.getByText('New ticket T-NEW')).toBeTruthy();
  });
});

describe('ticket detail', () => {
  it('shows the transcript as text: markup stays inert and only safe links are links', async () => {
    location.hash = '#/tickets/T-1';
    render(h(App, null));
    const transcript = await screen.findByRole('list', { name: 'Transcript' });
    expect(transcript.textContent).toContain('<img src=x onerror="window.__pwned=1">');
    expect(transcript.textContent).toContain('<script>');
    expect(transcript.querySelectorAll('img, script')).toHaveLength(0);
    const hrefs = within(transcript)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(['https://example.com/help', 'https://docs.example.com/reset']);
    // The unsafe source keeps its name, as text.
    expect(within(transcript).getByText('Evil source').tagName).toBe('LI');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('changes status and priority, sending only what changed', async () => {
    location.hash = '#/tickets/T-2';
    render(h(App, null));
    await screen.findByRole('heading', { name: /T-2/ });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'resolved' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Saved.');
    const patch = desk.calls.find((call) => call.method === 'PATCH');
    expect(patch?.body).toEqual({ status: 'resolved' });
  });

  it('replies to the requester and says the reply was delivered', async () => {
    location.hash = '#/tickets/T-3';
    render(h(App, null));
    const box = await screen.findByLabelText('Reply to the requester');
    fireEvent.input(box, { target: { value: 'We are on it.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send reply' }));
    await screen.findByText('Reply sent and delivered.');
    const posts = desk.calls.filter((call) => call.method === 'POST').map((call) => call.path);
    expect(posts).toContain('/v1/tickets/T-3/replies');
    // Opening the conversation marked it read, and typing told the visitor's widget.
    expect(posts.filter((path) => /^\/v1\/conversations\/[^/]+\/(read|typing)$/.test(path)).length).toBe(2);
    await waitFor(() => expect(screen.getByText('We are on it.')).toBeTruthy());
  });

  it('takes the conversation over and hands it back', async () => {
    location.hash = '#/tickets/T-4';
    render(h(App, null));
    fireEvent.click(await screen.findByRole('button', { name: 'Take over' }));
    await screen.findByRole('button', { name: 'Hand back to the agent' });
    expect(screen.getByText('Staff have taken over: the agent is paused.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hand back to the agent' }));
    await screen.findByRole('button', { name: 'Take over' });
  });
});
