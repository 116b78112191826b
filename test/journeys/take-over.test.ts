// The same journey when staff press "Take over" first: resolving ends the take-over, the rating is
// kept and the bot answers again (issue 13 item 1 — the desk engineer's fix; see the skips below).
import { describe, expect, it } from 'vitest';
import { chromiumAvailable } from '../e2e/chromium.js';
import { signInToConsole, useVisitorAndStaff } from './journeys-setup.js';

const available = chromiumAvailable('the take-over journey');

describe.skipIf(!available)('journey: staff take over, reply and resolve', () => {
  const journey = useVisitorAndStaff();
  let ticketId = '';
  const bubbles = () => journey.visitorPage.locator('.fd-messages');

  it('opens a ticket from the "Talk to a human" button', async () => {
    await journey.visitor.openChat();
    await journey.visitor.ask('Can Tallyho water my office plants while I am on holiday?');
    await journey.visitor.button('Talk to a human').click();
    const card = journey.visitorPage.locator('.fd-ticket');
    await card.waitFor();
    ticketId = ((await card.locator('strong').textContent()) ?? '').replace('Ticket ', '').trim();
    await journey.visitor.button('Skip').click();
  });

  it('lets staff take over and reply; the closed widget shows the reply', async () => {
    await journey.visitorPage.getByRole('button', { name: 'Close chat' }).first().click();
    await signInToConsole(
      journey.staffPage,
      journey.server.url,
      await journey.server.token({ role: 'staff' }),
    );
    await journey.staffPage.goto(`${journey.server.url}/console#/tickets/${ticketId}`);
    await journey.staffPage.getByRole('button', { name: 'Take over' }).click();
    await journey.staffPage.getByText('Staff have taken over: the agent is paused.').waitFor();
    await journey.staffPage.getByLabel('Reply to the requester').fill('Grace here, I have this one.');
    await journey.staffPage.getByRole('button', { name: 'Send reply' }).click();
    await journey.staffPage.getByText('Reply sent and delivered.').waitFor();
    await journey.visitorPage.locator('.fd-badge').getByText('1').waitFor({ timeout: 10_000 });
    await journey.visitorPage.locator('.fd-preview').getByText('I have this one').waitFor();
  });

  it('asks for a rating when staff resolve', async () => {
    await journey.staffPage.getByLabel('Status').selectOption('resolved');
    await journey.staffPage.getByRole('button', { name: 'Save changes' }).click();
    await journey.staffPage.getByText('Saved.').waitFor();
    await journey.visitorPage.locator('.fd-preview').click();
    await bubbles().getByText(`Your ticket ${ticketId} is now resolved.`).waitFor();
    await journey.visitor.button('5').waitFor();
  });

  // Resolving ends the take-over, so the rating is kept (it used to be swallowed as `paused`).
  it('keeps the CSAT 5 after a take-over', async () => {
    await journey.visitor.button('5').click();
    await bubbles().getByText('Thank you for your rating (5/5)!').waitFor();
    const ratings = await journey.server.store.listCsat('ws_default', { limit: 10, offset: 0 });
    expect(ratings.map((rating) => [rating.ticketId, rating.score])).toEqual([[ticketId, 5]]);
  });

  // After the resolve the bot answers again.
  it('answers the next question with the bot again', async () => {
    await journey.visitor.ask('How do I reset my password?');
    await expect
      .poll(() => journey.visitor.lastBubble().textContent(), { timeout: 10_000 })
      .toContain('Forgot password?');
    await journey.shot(journey.visitorPage, 'take-over-answered-again');
  });

  it('threw no page errors', () => {
    expect(journey.errors).toEqual([]);
  });
});
