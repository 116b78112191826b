import type { AgentClient, AgentEvent } from '@frontdesk/core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS } from '../journeys/journeys-setup.js';
import { useBrowserServer } from './browser-server.js';
import { chromiumAvailable } from './chromium.js';
import { readSse } from './harness.js';
import { openHostPage } from './widget-pages.js';

const available = chromiumAvailable('the widget quick reply browser tests');

/** Asks which plan on "refund", with the plans as quick replies; echoes anything else. */
const planAgent: AgentClient = {
  async *send(request): AsyncGenerator<AgentEvent> {
    if (/refund/i.test(request.text)) {
      yield { type: 'text-delta', text: 'Which plan are you on?' };
      yield { type: 'quick-replies', replies: ['Starter', ' Business ', 'Business', ''] };
    } else {
      yield { type: 'text-delta', text: `Refunds on ${request.text} take 5 days.` };
    }
    yield { type: 'finish', noAnswer: false };
  },
};

describe.skipIf(!available)('quick replies in Chromium', () => {
  const running = useBrowserServer({ agentFor: () => planAgent });

  it('carries quickReplies on the reply event of the API, cleaned', async () => {
    const { server } = running;
    const response = await server.post(
      '/v1/bots/demo/message',
      { message: { text: 'I want a refund' } },
      {
        Accept: 'text/event-stream',
      },
    );
    const end = (await readSse(response)).at(-1)!.data as { data: { quickReplies?: string[] } };
    expect(end.data.quickReplies).toEqual(['Starter', 'Business']);
  });

  it('shows them as buttons under the answer; a tap sends the answer', async () => {
    const { server, browser } = running;
    const { page, errors } = await openHostPage(browser, server);
    await page.getByRole('button', { name: 'Chat with us' }).click();
    await page.getByLabel('Write a message…').fill('I want a refund');
    await page.keyboard.press('Enter');
    const answer = page.locator('.fd-assistant').last();
    await answer.getByText('Which plan are you on?').waitFor();
    expect(await answer.locator('.fd-actions button').allTextContents()).toEqual(['Starter', 'Business']);
    await answer.getByRole('button', { name: 'Business' }).click();
    await page.locator('.fd-user .fd-bubble').getByText('Business', { exact: true }).waitFor();
    await page.locator('.fd-assistant .fd-bubble').getByText('Refunds on Business take 5 days.').waitFor();
    // Only the latest answer's buttons are live.
    await expect.poll(() => page.getByRole('button', { name: 'Starter' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe.skipIf(!available)("the embedded agent's quick replies in Chromium", () => {
  // The demo bot: the embedded agent on examples/knowledge.
  const running = useBrowserServer();

  it("offers a close article's title; a tap answers from that article", async () => {
    const { server, browser } = running;
    const { page, errors } = await openHostPage(browser, server);
    await page.getByRole('button', { name: 'Chat with us' }).click();
    await page.getByLabel('Write a message…').fill('I cannot access my account');
    await page.keyboard.press('Enter');
    const answer = page.locator('.fd-assistant').last();
    const offer = answer.getByRole('button', { name: 'Sign-in problems' });
    await offer.waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}widget-agent-quick-replies.png` });
    await offer.click();
    await page.locator('.fd-user .fd-bubble').getByText('Sign-in problems', { exact: true }).waitFor();
    const next = page.locator('.fd-assistant .fd-bubble').last();
    await next.getByText('Most sign-in trouble has one of a handful of causes').waitFor();
    await expect.poll(() => next.getByRole('strong').first().textContent()).toBe('Sign-in problems');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
