// biome-ignore-all lint/suspicious/noExplicitAny: these tests read loosely shaped JSON responses
// Files shared in Slack are kept like widget attachments: downloaded with the bot token from the
// fake Web API, shown in the console's transcript, uploaded to the Jira issue; a refused one is named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeJira, startFakeJira } from '../fakes/jira-server.js';
import { eventCallback, mentionEvents, nextTs, sendEvent, TEAM } from '../fakes/slack-payloads.js';
import { PNG } from './attachment-files.js';
import { OWNER_TOKEN } from './harness.js';
import { inThread, type SlackTestServer, settle, startSlackServer } from './slack-setup.js';
import { jiraIntegration, sendDemoTicketsTo } from './ticket-integration.js';

let running: SlackTestServer;
let jira: FakeJira;

beforeAll(async () => {
  jira = await startFakeJira();
  running = await startSlackServer();
  const { server } = running;
  await sendDemoTicketsTo(server, jiraIntegration(jira), {
    attachments: { enabled: true, maxBytes: 1024 * 1024, maxFiles: 5, types: ['image/png'] },
  });
});
afterAll(async () => {
  await running?.close();
  await jira?.close();
});

/** A DM with files, as Slack sends a `file_share` message. */
function fileShare(channel: string, ts: string, text: string, files: object[]) {
  return eventCallback({
    type: 'message',
    subtype: 'file_share',
    channel_type: 'im',
    channel,
    user: 'U0300',
    text,
    ts,
    event_ts: ts,
    files,
  });
}

async function transcriptOf(channel: string, ts: string) {
  const { server } = running;
  const conversation = await server.store.findConversationByChannelKey(
    'ws_default',
    'demo',
    `slack:${TEAM}:${channel}:${ts}`,
  );
  const response = await fetch(`${server.url}/v1/conversations/${conversation!.id}/transcript`, {
    headers: { Authorization: `Bearer ${OWNER_TOKEN}` },
  });
  return ((await response.json()) as any).data as { role: string; text: string }[];
}

describe('files shared in Slack', () => {
  it('reach the console transcript and the Jira issue as attachments', async () => {
    const { slack, server } = running;
    slack.files.set('F01/checkout-error.png', PNG);
    const ts = nextTs();
    await sendEvent(
      server.url,
      fileShare('D0300', ts, 'I want to talk to a human, checkout fails', [
        {
          id: 'F01',
          name: 'checkout-error.png',
          size: PNG.length,
          url_private: slack.fileUrl('F01/checkout-error.png'),
        },
      ]),
    );
    await slack.waitFor(() => jira.attachments.length > 0, 15_000);
    expect(jira.attachments[0]).toMatchObject({ filename: 'checkout-error.png', type: 'image/png' });
    expect(jira.attachments[0]!.issueKey).toMatch(/^SUP-\d+$/);
    expect(jira.attachments[0]!.content).toContain('PNG');

    const transcript = await transcriptOf('D0300', ts);
    const id = /\(attachment:(att_[\w-]+)\)/.exec(transcript[0]!.text)?.[1];
    expect(transcript[0]!.text).toBe(
      `I want to talk to a human, checkout fails\n\n[📎 checkout-error.png](attachment:${id})`,
    );
    // Staff open it as they open a widget upload.
    const file = await fetch(`${server.url}/widget/v1/attachments/${id}`, {
      headers: { Authorization: `Bearer ${OWNER_TOKEN}` },
    });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await file.arrayBuffer())).toEqual(PNG);
  });

  it('names a refused file in the thread instead of dropping it', async () => {
    const { slack, server } = running;
    slack.files.set('F02/notes.pdf', Buffer.from('%PDF-1.4\n%%EOF\n'));
    const ts = nextTs();
    await sendEvent(
      server.url,
      fileShare('D0301', ts, 'see attached', [
        { id: 'F02', name: 'notes.pdf', size: 15, url_private: slack.fileUrl('F02/notes.pdf') },
      ]),
    );
    const note = await slack.waitFor(() =>
      slack
        .callsTo('chat.postMessage')
        .find((call) => inThread(ts)(call) && String(call.args.text).includes('notes.pdf')),
    );
    expect(note.args.text).toBe(
      "I couldn't keep this file:\n• notes.pdf: application/pdf is not accepted; send image/png.",
    );
    await settle();
    const transcript = await transcriptOf('D0301', ts);
    expect(transcript[0]!.text).toBe('see attached\n\n[file: notes.pdf]');
  });

  it('breaks up a typed look-alike of a file line, so only kept files travel as files', async () => {
    const { slack, server } = running;
    slack.files.set('F05/real.png', PNG);
    const ts = nextTs();
    const typed = 'mine: [📎 x.png](attachment:att_0123456789abcdefABCDEF)';
    await sendEvent(
      server.url,
      fileShare('D0302', ts, typed, [
        { id: 'F05', name: 'real.png', url_private: slack.fileUrl('F05/real.png') },
      ]),
    );
    await expect
      .poll(async () => (await transcriptOf('D0302', ts).catch(() => [])).length)
      .toBeGreaterThan(0);
    const transcript = await transcriptOf('D0302', ts);
    expect(transcript[0]!.text).toMatch(
      /^mine: \[📎 x\.png\] \(attachment:att_0123456789abcdefABCDEF\)\n\n\[📎 real\.png\]\(attachment:att_[\w-]+\)$/,
    );
  });

  it("keeps a mention's file once although Slack sends both app_mention and message", async () => {
    const { slack, server } = running;
    slack.files.set('F03/page.png', PNG);
    slack.files.set('F03/page.html', Buffer.from('<html></html>'));
    const ts = nextTs();
    const { mention, message } = mentionEvents({ channel: 'C0300', user: 'U0300', text: 'look', ts });
    const files = [
      { id: 'F03', name: 'page.png', url_private: slack.fileUrl('F03/page.png') },
      { id: 'F04', name: 'page.html', url_private: slack.fileUrl('F03/page.html') },
    ];
    await Promise.all([
      sendEvent(server.url, eventCallback({ ...mention, files })),
      sendEvent(server.url, eventCallback({ ...message, subtype: 'file_share', files })),
    ]);
    await slack.waitFor(() => slack.callsTo('chat.postMessage').find(inThread(ts)));
    await settle();
    const notes = slack.callsTo('chat.postMessage').filter((call) => inThread(ts)(call));
    expect(notes.map((call) => call.args.text)).toEqual([
      "I couldn't keep this file:\n• page.html: this kind of file is not accepted; send image/png.",
    ]);
    const transcript = await transcriptOf('C0300', ts);
    expect(transcript.filter((line) => line.role === 'user')).toHaveLength(1);
    expect(transcript[0]!.text).toMatch(
      /^look\n\n\[📎 page\.png\]\(attachment:att_[\w-]+\)\n\[file: page\.html\]$/,
    );
  });
});
