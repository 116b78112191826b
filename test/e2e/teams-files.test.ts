// biome-ignore-all lint/suspicious/noExplicitAny: these tests read loosely shaped JSON responses
// Images sent in Teams are kept like widget attachments: downloaded from the fake Bot Connector's
// contentUrl, shown in the console's transcript, uploaded to the Jira issue; a refused one is named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeBotConnector, startFakeBotConnector } from '../fakes/bot-connector.js';
import { type FakeJira, startFakeJira } from '../fakes/jira-server.js';
import { PDF, PNG } from './attachment-files.js';
import { OWNER_TOKEN, startTestServer, type TestServer } from './harness.js';
import { activity, postActivity, scriptedAgent } from './teams-setup.js';
import { jiraIntegration, sendDemoTicketsTo } from './ticket-integration.js';

let server: TestServer;
let connector: FakeBotConnector;
let jira: FakeJira;

beforeAll(async () => {
  jira = await startFakeJira();
  connector = await startFakeBotConnector();
  server = await startTestServer({ env: { FRONTDESK_TEAMS_EMULATOR: '1' }, agentFor: () => scriptedAgent() });
  await sendDemoTicketsTo(server, jiraIntegration(jira), {
    attachments: { enabled: true, maxBytes: 1024 * 1024, maxFiles: 5, types: ['image/png'] },
  });
});
afterAll(async () => {
  await server?.close();
  await connector?.close();
  await jira?.close();
});

/** A personal-chat message with an inline image, as Teams sends a pasted screenshot. */
function withImage(id: string, conversation: string, text: string, name: string) {
  return activity(
    'personal-message',
    { serviceUrl: connector.url },
    {
      id,
      text,
      conversation: { conversationType: 'personal', tenantId: 'tenant-0001', id: conversation },
      attachments: [{ contentType: 'image/png', contentUrl: connector.attachmentUrl(id), name }],
    },
  );
}

async function transcriptOf(conversation: string) {
  const found = await server.store.findConversationByChannelKey(
    'ws_default',
    'demo',
    `teams:tenant-0001:${conversation}`,
  );
  const response = await fetch(`${server.url}/v1/conversations/${found!.id}/transcript`, {
    headers: { Authorization: `Bearer ${OWNER_TOKEN}` },
  });
  return ((await response.json()) as any).data as { role: string; text: string }[];
}

describe('images sent in Teams', () => {
  it('reach the console transcript and the Jira issue as attachments', async () => {
    connector.attachments.set('img-1', PNG);
    const response = await postActivity(
      server.url,
      withImage(
        'img-1',
        'a:1files-conversation',
        'I want to talk to a human, checkout fails',
        'screenshot.png',
      ),
    );
    expect(response.status).toBe(200);
    await connector.waitFor(() => jira.attachments.length > 0, 15_000);
    expect(jira.attachments[0]).toMatchObject({ filename: 'screenshot.png', type: 'image/png' });
    expect(jira.attachments[0]!.issueKey).toMatch(/^SUP-\d+$/);
    expect(jira.attachments[0]!.content).toContain('PNG');

    const transcript = await transcriptOf('a:1files-conversation');
    const id = /\(attachment:(att_[\w-]+)\)/.exec(transcript[0]!.text)?.[1];
    expect(transcript[0]!.text).toBe(
      `I want to talk to a human, checkout fails\n\n[📎 screenshot.png](attachment:${id})`,
    );
    const file = await fetch(`${server.url}/widget/v1/attachments/${id}`, {
      headers: { Authorization: `Bearer ${OWNER_TOKEN}` },
    });
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer())).toEqual(PNG);
  });

  it('names a refused file in the chat after the answer, and keeps its name in the transcript', async () => {
    connector.attachments.set('img-2', PDF);
    connector.sent.length = 0;
    await postActivity(server.url, withImage('img-2', 'a:1refused-conversation', 'see this', 'fake.png'));
    const note = await connector.waitFor(() =>
      connector.ofType('message').find((sent) => String(sent.activity.text).includes('fake.png')),
    );
    expect(note.activity.text).toBe(
      "I couldn't keep this file:\n• fake.png: application/pdf is not accepted; send image/png.",
    );
    const transcript = await transcriptOf('a:1refused-conversation');
    expect(transcript[0]!.text).toBe('see this\n\n[fake.png]');
  });

  it('keeps a file sent in a personal chat from its download URL, without the bot token', async () => {
    connector.attachments.set('file-1', PNG);
    connector.attachmentAuth.length = 0;
    const file = activity(
      'personal-file',
      { serviceUrl: connector.url },
      {
        id: 'file-1',
        conversation: { conversationType: 'personal', tenantId: 'tenant-0001', id: 'a:1file-conversation' },
        attachments: [
          {
            contentType: 'application/vnd.microsoft.teams.file.download.info',
            contentUrl: 'https://contoso-my.sharepoint.com/personal/grace/Documents/diagram.png',
            name: 'diagram.png',
            content: { downloadUrl: connector.attachmentUrl('file-1'), uniqueId: 'u-1', fileType: 'png' },
          },
        ],
      },
    );
    await postActivity(server.url, file);
    await connector.waitFor(() =>
      connector.ofType('message').find((sent) => sent.conversationId === 'a:1file-conversation'),
    );
    const transcript = await transcriptOf('a:1file-conversation');
    expect(transcript[0]!.text).toMatch(/^\[📎 diagram\.png\]\(attachment:att_[\w-]+\)$/);
    expect(connector.attachmentAuth).toEqual([undefined]);
  });
});
