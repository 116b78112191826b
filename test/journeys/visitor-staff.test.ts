// The journey that crosses parts: a visitor asks what the bot cannot answer, asks for a person,
// staff answer from the console while the chat is closed, resolve, and the visitor rates the help.
import { getFeedback } from '@frontdesk/core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../e2e/chromium.js';
import { signInToConsole, useVisitorAndStaff } from './journeys-setup.js';

const available = chromiumAvailable('the journeys');

describe.skipIf(!available)('journey: visitor ↔ staff, desktop', () => {
  const journey = useVisitorAndStaff();
  let ticketId = '';
  // What a person reads: the message bubbles (the live region repeats them for screen readers).
  const bubbles = () => journey.visitorPage.locator('.fd-messages');

  it('offers a person, with a button, when the bot has no answer — and opens no ticket by itself', async () => {
    await journey.visitor.openChat();
    await journey.visitor.ask('Can Tallyho water my office plants while I am on holiday?');
    await bubbles().getByText('Would you like to talk to a person from our support team?').waitFor();
    await journey.visitor.button('Talk to a human').waitFor();
    await expect.poll(() => journey.visitorPage.locator('.fd-ticket').count()).toBe(0);
    await expect
      .poll(() => journey.visitorPage.getByRole('dialog').textContent())
      .not.toContain('opened a ticket');
    await journey.shot(journey.visitorPage, 'desktop-1-offer');
  });

  it('opens one ticket when the visitor presses "Talk to a human", and asks where to reach them', async () => {
    await journey.visitor.button('Talk to a human').click();
    const card = journey.visitorPage.locator('.fd-ticket');
    await card.waitFor();
    ticketId = ((await card.locator('strong').textContent()) ?? '').replace('Ticket ', '').trim();
    expect(ticketId).not.toBe('');
    await expect.poll(() => card.textContent()).toContain('Status: open');
    await bubbles().getByText('where can the team e-mail you?').waitFor();
    // The card's link is the visitor's own ticket page, not the admin API.
    const href = (await card.getByRole('link', { name: 'View ticket' }).getAttribute('href')) ?? '';
    expect(href).toContain('/widget/v1/tickets/');
    expect((await fetch(href)).status).toBe(200);
    const ticketPage = await journey.visitorPage.context().newPage();
    await ticketPage.goto(href);
    await ticketPage.getByRole('heading', { name: `Ticket ${ticketId}` }).waitFor();
    await ticketPage.getByRole('listitem').getByText('Can Tallyho water my office plants').waitFor();
    await journey.shot(ticketPage, 'desktop-2b-visitor-ticket-page');
    await ticketPage.close();

    await journey.visitor.ask('ana@example.com');
    await bubbles().getByText("The team's replies will also go to ana@example.com").waitFor();
    const ticket = await journey.server.store.getTicket(ticketId);
    expect(ticket?.requester?.email).toBe('ana@example.com');
    await journey.shot(journey.visitorPage, 'desktop-2-ticket');
  });

  it('shows the staff reply on the closed launcher: unread badge and preview', async () => {
    await journey.visitorPage.getByRole('button', { name: 'Close chat' }).first().click();
    await journey.visitorPage.getByRole('dialog').waitFor({ state: 'detached' });

    const staff = await journey.server.token({ role: 'staff' });
    await signInToConsole(journey.staffPage, journey.server.url, staff);
    await journey.staffPage.goto(`${journey.server.url}/console#/tickets/${ticketId}`);
    await journey.staffPage.getByRole('heading', { name: new RegExp(ticketId) }).waitFor();
    await journey.staffPage
      .getByLabel('Reply to the requester')
      .fill('Hi Ana, Grace here. Plants are not our thing, sorry!');
    await journey.staffPage.getByRole('button', { name: 'Send reply' }).click();
    await journey.staffPage.getByText('Reply sent and delivered.').waitFor();
    await journey.shot(journey.staffPage, 'desktop-3-console-reply');

    await journey.visitorPage.locator('.fd-badge').getByText('1').waitFor({ timeout: 10_000 });
    await journey.visitorPage.locator('.fd-preview').getByText('Plants are not our thing').waitFor();
    await journey.shot(journey.visitorPage, 'desktop-4-badge');
    await journey.visitorPage.locator('.fd-preview').click();
    await journey.visitorPage.locator('.fd-staff').getByText('Plants are not our thing').waitFor();
    await expect.poll(() => journey.visitorPage.locator('.fd-badge').count()).toBe(0);
    // One card per ticket, however many updates arrive.
    await expect.poll(() => journey.visitorPage.locator('.fd-ticket').count()).toBe(1);
  });

  it('asks for a 1–5 rating as buttons once staff resolve, and keeps the 5', async () => {
    await journey.staffPage.getByLabel('Status').selectOption('resolved');
    await journey.staffPage.getByRole('button', { name: 'Save changes' }).click();
    await journey.staffPage.getByText('Saved.').waitFor();
    await bubbles().getByText(`Your ticket ${ticketId} is now resolved.`).waitFor();
    await expect
      .poll(() => journey.visitorPage.locator('.fd-ticket').textContent())
      .toContain('Status: resolved');
    await expect.poll(() => journey.visitorPage.locator('.fd-ticket').count()).toBe(1);
    for (const score of ['1', '2', '3', '4', '5']) await journey.visitor.button(score).waitFor();
    await journey.shot(journey.visitorPage, 'desktop-5-csat');
    await journey.visitor.button('5').click();
    await bubbles().getByText('Thank you for your rating (5/5)!').waitFor();
    const ratings = await journey.server.store.listCsat('ws_default', { limit: 10, offset: 0 });
    expect(ratings.map((rating) => [rating.ticketId, rating.score])).toEqual([[ticketId, 5]]);
  });

  it('takes an optional comment on the rating when the visitor asks to add one', async () => {
    await journey.visitor.button('Add a comment').click();
    await bubbles().getByText('Please write your comment.').waitFor();
    await journey.visitor.ask('Grace was quick and kind.');
    await bubbles().getByText('your comment is saved').waitFor();
    const [rating] = await journey.server.store.listCsat('ws_default', { limit: 10, offset: 0 });
    expect(rating).toMatchObject({ score: 5, comment: 'Grace was quick and kind.' });
  });

  it('answers the next question with the bot again, and keeps the 👍 on it', async () => {
    await journey.visitor.ask('How do I reset my password?');
    await expect
      .poll(() => journey.visitor.lastBubble().textContent(), { timeout: 10_000 })
      .toContain('Forgot password?');
    const helpful = journey.visitorPage.getByRole('button', { name: 'Helpful', exact: true }).last();
    await helpful.click();
    await expect.poll(() => helpful.getAttribute('aria-pressed')).toBe('true');
    const [conversation] = await journey.server.store.listConversationsByChannelKeyPrefix(
      'ws_default',
      'demo',
      'web:',
    );
    const messages = await journey.server.store.listMessages(conversation!.id);
    const answer = messages.filter((message) => message.role === 'assistant').at(-1)!;
    await expect
      .poll(async () => (await getFeedback(journey.server.store, answer.id))?.feedback)
      .toBe('helpful');
    await journey.shot(journey.visitorPage, 'desktop-6-answered-again');
  });

  it('threw no page errors', () => {
    expect(journey.errors).toEqual([]);
  });
});
