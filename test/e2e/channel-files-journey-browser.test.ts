// The journey of a file from Slack and an image from Teams, in Chromium against the real server:
// a Slack file share and a Teams screenshot (fakes of both platforms on 127.0.0.1) each open a
// ticket, land in a fake Jira as attachments, and a staff member sees and opens them in the console
// at 1366 px and on a phone.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeBotConnector, startFakeBotConnector } from '../fakes/bot-connector.js';
import { type FakeJira, startFakeJira } from '../fakes/jira-server.js';
import { eventCallback, nextTs, sendEvent, TEAM } from '../fakes/slack-payloads.js';
import { SCREENSHOT_PNG as PNG } from './attachment-files.js';
import { chromiumAvailable, launchChromium } from './chromium.js';
import { axeViolations, overflowing } from './console-axe.js';
import { signInWithToken } from './console-sign-in.js';
import { OWNER_TOKEN } from './harness.js';
import { type SlackTestServer, startSlackServer } from './slack-setup.js';
import { activity, postActivity } from './teams-setup.js';
import { jiraIntegration, sendDemoTicketsTo } from './ticket-integration.js';

const available = chromiumAvailable('the channel files journey');
const SHOTS = fileURLToPath(new URL('../journeys/screenshots/', import.meta.url));

describe.skipIf(!available)('files from Slack and Teams, to the console and Jira', () => {
  let running: SlackTestServer;
  let connector: FakeBotConnector;
  let jira: FakeJira;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    jira = await startFakeJira();
    connector = await startFakeBotConnector();
    running = await startSlackServer({ FRONTDESK_TEAMS_EMULATOR: '1' });
    const { server } = running;
    await sendDemoTicketsTo(server, jiraIntegration(jira), {
      attachments: { enabled: true, maxBytes: 1024 * 1024, maxFiles: 5, types: ['image/png'] },
    });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await running?.close();
    await connector?.close();
    await jira?.close();
  });

  async function conversationOf(channelKey: string) {
    const conversation = await running.server.store.findConversationByChannelKey(
      'ws_default',
      'demo',
      channelKey,
    );
    return { id: conversation!.id };
  }

  /** Opens the conversation in the console, waits for the image to show, checks and saves the screen. */
  async function staffSees(page: Page, conversationId: string, name: string, shot: string) {
    await page.goto(`${running.server.url}/console/#/conversations/${conversationId}`);
    await signInWithToken(page, OWNER_TOKEN);
    const files = page.getByRole('list', { name: 'Attachments' });
    const link = files.getByRole('link', { name: `📎 ${name}` });
    await link.waitFor();
    await expect
      .poll(() => link.locator('img').evaluate((image) => (image as HTMLImageElement).naturalWidth), {
        timeout: 5000,
      })
      .toBe(160);
    await page.screenshot({ path: `${SHOTS}${shot}.png`, fullPage: true });
    expect(await overflowing(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    // Opening it hands over the stored bytes under the name the person gave.
    const download = page.waitForEvent('download');
    await link.click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(name);
    expect(readFileSync((await file.path()) as string).equals(PNG)).toBe(true);
  }

  it('a Slack file share reaches Jira and the console, where staff open it', async () => {
    const { slack, server } = running;
    slack.files.set('F11/checkout-error.png', PNG);
    const ts = nextTs();
    await sendEvent(
      server.url,
      eventCallback({
        type: 'message',
        subtype: 'file_share',
        channel_type: 'im',
        channel: 'D0310',
        user: 'U0310',
        text: 'I want to talk to a human, checkout fails',
        ts,
        event_ts: ts,
        files: [
          {
            id: 'F11',
            name: 'checkout-error.png',
            size: PNG.length,
            url_private: slack.fileUrl('F11/checkout-error.png'),
          },
        ],
      }),
    );
    await slack.waitFor(
      () => jira.attachments.some((file) => file.filename === 'checkout-error.png'),
      15_000,
    );
    const sent = jira.attachments.find((file) => file.filename === 'checkout-error.png')!;
    expect(sent).toMatchObject({ type: 'image/png' });
    expect(sent.issueKey).toMatch(/^SUP-\d+$/);

    const { id } = await conversationOf(`slack:${TEAM}:D0310:${ts}`);
    const context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await staffSees(page, id, 'checkout-error.png', 'channel-files-slack-1366');
    await context.close();
  }, 60_000);

  it('a Teams screenshot reaches Jira and the console, where staff open it on a phone', async () => {
    const { server } = running;
    connector.attachments.set('img-31', PNG);
    const response = await postActivity(
      server.url,
      activity(
        'personal-message',
        { serviceUrl: connector.url },
        {
          id: 'img-31',
          text: 'I want to talk to a human, the invoice page is blank',
          conversation: { conversationType: 'personal', tenantId: 'tenant-0001', id: 'a:1journey' },
          attachments: [
            {
              contentType: 'image/png',
              contentUrl: connector.attachmentUrl('img-31'),
              name: 'blank-invoice.png',
            },
          ],
        },
      ),
    );
    expect(response.status).toBe(200);
    await connector.waitFor(
      () => jira.attachments.some((file) => file.filename === 'blank-invoice.png'),
      15_000,
    );
    const sent = jira.attachments.find((file) => file.filename === 'blank-invoice.png')!;
    expect(sent.issueKey).toMatch(/^SUP-\d+$/);
    expect(sent.content).toContain('PNG');

    const { id } = await conversationOf('teams:tenant-0001:a:1journey');
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
    const page = await phone.newPage();
    await staffSees(page, id, 'blank-invoice.png', 'channel-files-teams-390');
    await phone.close();
  }, 60_000);
});
