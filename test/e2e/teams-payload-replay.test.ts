// Real Teams payload shapes (test/fixtures/teams, written from the Bot Framework and Teams schemas)
// replayed through the server: each gets what a person in Teams would expect.
import { NON_TEXT_REPLY } from '@frontdesk/core';
import { afterEach, describe, expect, it } from 'vitest';
import { useTeamsServer } from './teams-server.js';
import { activity, postActivity, scriptedAgent } from './teams-setup.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

describe('Teams payloads from the documented schemas', () => {
  const agent = scriptedAgent();

  const teams = useTeamsServer(agent);
  afterEach(() => {
    teams.connector.sent.length = 0;
    teams.connector.delayMs = 0;
  });

  const values = () => ({ serviceUrl: teams.connector.url });
  const texts = () => teams.connector.ofType('message').map((entry) => String(entry.activity.text ?? ''));

  it('welcomes once, after answering 200, however often Teams re-delivers the install', async () => {
    const { server, connector } = teams;
    connector.delayMs = 1500;
    const update = activity('conversation-update', values(), {
      conversation: { conversationType: 'personal', tenantId: 'tenant-0001', id: 'a:1welcome-once' },
    });
    const started = Date.now();
    const first = await postActivity(server.url, update);
    expect(first.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1000);
    // Re-delivered twice while the slow connector still holds the first welcome.
    expect((await postActivity(server.url, update)).status).toBe(200);
    expect((await postActivity(server.url, update)).status).toBe(200);
    await connector.waitFor(() => connector.ofType('message')[0]);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(texts().filter((text) => text.startsWith('Hi!'))).toHaveLength(1);
  });

  it('answers a DM with only a file, without asking the agent', async () => {
    const { server, connector } = teams;
    const asked = agent.requests.length;
    const response = await postActivity(server.url, activity('personal-file', values()));
    expect(response.status).toBe(200);
    const reply = await connector.waitFor(() => connector.ofType('message')[0]);
    expect(JSON.stringify(reply.activity)).toContain(NON_TEXT_REPLY);
    expect(reply.conversationId).toBe('a:1personal-file-conversation');
    expect(agent.requests.length).toBe(asked);
    // The file's link is kept with the message, so a ticket from this conversation carries it.
    const channelKey = 'teams:tenant-0001:a:1personal-file-conversation';
    const conversation = await server.store.findConversationByChannelKey('ws_default', 'demo', channelKey);
    const [first] = await server.store.listMessages(conversation?.id ?? '');
    expect(first?.text).toContain('error.log (https://contoso-my.sharepoint.com/');
    // The SharePoint link cannot be downloaded here: the note saying so follows the answer.
    const note = await connector.waitFor(() => texts().find((text) => text.includes("couldn't keep")));
    expect(note).toContain('error.log');
  });

  it('never answers another bot, and opens nothing for it', async () => {
    const { server, connector } = teams;
    const asked = agent.requests.length;
    const response = await postActivity(server.url, activity('message-from-bot', values()));
    expect(response.status).toBe(200);
    await settle();
    expect(connector.ofType('message')).toHaveLength(0);
    expect(agent.requests.length).toBe(asked);
    const channelKey = 'teams:tenant-0001:19:channel0001@thread.tacv2;messageid=1712000000102';
    expect(await server.store.findConversationByChannelKey('ws_default', 'demo', channelKey)).toBeUndefined();
  });

  it("keeps the names of mentioned people, dropping only the bot's own mention", async () => {
    const { server, connector } = teams;
    await postActivity(server.url, activity('channel-mention-others', values()));
    await connector.waitFor(() => connector.ofType('message')[0]);
    expect(agent.requests.at(-1)?.text).toBe('please give Grace Hopper access to the billing portal');
  });

  it.each(['message-update', 'message-delete'])('acknowledges %s and sends nothing', async (name) => {
    const { server, connector } = teams;
    const asked = agent.requests.length;
    const response = await postActivity(server.url, activity(name, values()));
    expect(response.status).toBe(200);
    await settle();
    expect(connector.sent).toHaveLength(0);
    expect(agent.requests.length).toBe(asked);
  });

  it.each([
    ['no-recipient', 'recipient'],
    ['suggested-actions-no-to', 'suggestedActions.to'],
  ])('refuses %s with a 400 naming the field', async (name, field) => {
    const { server } = teams;
    const response = await postActivity(server.url, activity(name, values()));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { code: string; message: string };
    expect(body.code).toBe('invalid_request_error');
    expect(body.message.startsWith(`${field}:`)).toBe(true);
  });

  it('confirms "Talk to a human" without raw markdown; the card in the chat carries the ticket', async () => {
    const { server, connector } = teams;
    const response = await postActivity(
      server.url,
      activity(
        'card-action-invoke',
        { ...values(), verb: 'talk-to-human', messageId: 'msg_replay' },
        { id: 'replay-human-1' },
      ),
    );
    const body = (await response.json()) as { value: string };
    expect(body.value).toMatch(/FD-[0-9A-Z]{4,}/);
    expect(body.value).not.toContain('**');
    const posted = await connector.waitFor(() => connector.ofType('message')[0]);
    expect(JSON.stringify(posted.activity.attachments)).toMatch(/FD-[0-9A-Z]{4,}/);
  });
});
