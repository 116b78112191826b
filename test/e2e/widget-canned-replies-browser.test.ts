// The bot's canned replies in the widget's language, in Chromium: a German page gets the bot's
// German "no answer" and hand-over texts (live and in the history after a reload); an English
// page keeps the bot's English ones.
import type { AgentClient, AgentEvent } from '@frontdesk/core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './chromium.js';
import { startTestServer, type TestServer } from './harness.js';
import { openHostPage } from './widget-pages.js';

const available = chromiumAvailable('the canned reply browser tests');

/** Never has an answer (a request for a human is the core's: it hands over before asking). */
const shyAgent: AgentClient = {
  async *send(): AsyncGenerator<AgentEvent> {
    yield { type: 'finish', noAnswer: false };
  },
};

describe.skipIf(!available)('canned replies per language in Chromium', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer({ agentFor: () => shyAgent });
    const demo = (await server.store.getBot('ws_default', 'demo'))!;
    await server.saveBot({
      id: 'demo',
      settings: {
        ...demo.settings,
        rules: { ...demo.settings.rules, unknownMessage: 'Sorry, I have no answer to that.' },
        widget: {
          ...demo.settings.widget,
          cannedReplies: {
            de: {
              handover: 'Ich habe ein Ticket ({ticket}) für Sie eröffnet.',
              noAnswer: 'Dazu habe ich leider keine Antwort.',
            },
          },
        },
      },
    });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('answers a German page with the German texts, live and after a reload', async () => {
    const { page, errors } = await openHostPage(browser, server, { lang: 'de' });
    await page.getByRole('button', { name: 'Chatten Sie mit uns' }).click();
    const input = page.getByLabel('Nachricht schreiben…');
    await input.fill('xyz');
    await page.keyboard.press('Enter');
    const answers = page.locator('.fd-assistant .fd-bubble p');
    await answers.getByText('Dazu habe ich leider keine Antwort.').waitFor();
    await input.fill('I want to talk to a human');
    await page.keyboard.press('Enter');
    await answers.getByText(/^Ich habe ein Ticket \([A-Z]+-\S+\) für Sie eröffnet\.$/).waitFor();
    await expect.poll(() => page.getByText('Sorry, I have no answer to that.').count()).toBe(0);
    await page.reload();
    await page.getByRole('button', { name: 'Chatten Sie mit uns' }).click();
    await answers.getByText(/^Ich habe ein Ticket \([A-Z]+-\S+\) für Sie eröffnet\.$/).waitFor();
    await expect.poll(() => answers.getByText('Dazu habe ich leider keine Antwort.').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("keeps the bot's English texts on an English page", async () => {
    const { page } = await openHostPage(browser, server);
    await page.getByRole('button', { name: 'Chat with us' }).click();
    await page.getByLabel('Write a message…').fill('xyz');
    await page.keyboard.press('Enter');
    await page.locator('.fd-assistant .fd-bubble').getByText('Sorry, I have no answer to that.').waitFor();
    await page.context().close();
  });
});
