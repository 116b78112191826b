// Quick replies in Chromium: an agent (a fake here) returns short answers with its reply; the
// widget shows them as buttons under the answer, and a tap sends that answer as the visitor's.
import type { AgentClient, AgentEvent } from '@frontdesk/core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './chromium.js';
import { readSse, startTestServer, type TestServer } from './harness.js';
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
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer({ agentFor: () => planAgent });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('carries quickReplies on the reply event of the API, cleaned', async () => {
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
    expect(await page.getByRole('button', { name: 'Starter' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
