// The Teams bot through the real server (no app id: unauthenticated, like the Bot Framework Emulator).
import { afterEach, describe, expect, it } from 'vitest';
import { useTeamsServer } from './teams-server.js';
import { activity, postActivity, scriptedAgent } from './teams-setup.js';

describe('the Teams bot in conversations', () => {
  // 1.2 s of agent work in four steps: long enough for streamed updates, short enough for a test.
  const agent = scriptedAgent({ delayMs: 400 });

  const teams = useTeamsServer(agent);
  afterEach(() => {
    teams.connector.sent.length = 0;
  });

  const serviceUrl = () => ({ serviceUrl: teams.connector.url });

  it('acknowledges at once and answers later through the stored conversation reference', async () => {
    const { server, connector } = teams;
    const started = Date.now();
    const response = await postActivity(
      server.url,
      activity('group-chat-message', serviceUrl(), { id: 'slow-1' }),
    );
    const ackMs = Date.now() - started;
    expect(response.status).toBe(200);
    expect(ackMs).toBeLessThan(1000);
    expect(connector.ofType('message')).toHaveLength(0);

    const answer = await connector.waitFor(() => connector.ofType('message')[0]);
    expect(answer.at - started).toBeGreaterThanOrEqual(1000);
    expect(answer.conversationId).toBe('19:groupchat0001@thread.v2');
  });

  it('shows a typing indicator and sends one card with sources, citations and actions in a group chat', async () => {
    const { server, connector } = teams;
    await postActivity(server.url, activity('group-chat-message', serviceUrl(), { id: 'group-1' }));
    const answer = await connector.waitFor(() => connector.ofType('message')[0]);
    const typing = connector.ofType('typing');
    expect(typing.length).toBeGreaterThan(0);
    expect(typing[0]!.at).toBeLessThan(answer.at);
    expect(
      typing.every((entry) => !entry.activity.entities?.some((entity) => entity.type === 'streaminfo')),
    ).toBe(true);

    const card = (
      answer.activity.attachments as {
        contentType: string;
        content: { body: { text?: string }[]; actions: { title: string }[]; fallbackText: string };
      }[]
    )[0]!;
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const texts = card.content.body.map((block) => block.text ?? '');
    expect(texts[0]).toBe('Open **Settings**, choose *Reset password* and follow the email.');
    expect(texts).toContain('1. [Reset your password](https://help.example.com/reset) · 93% match');
    // A javascript: link never reaches the card, and brackets in names are escaped.
    expect(texts).toContain('2. Account \\[security\\] · 41% match');
    expect(card.content.actions.map((action) => action.title)).toEqual([
      'Helpful',
      'Not helpful',
      'Talk to a human',
    ]);
    expect(card.content.fallbackText).toContain('Reset your password (https://help.example.com/reset)');
    const citations = answer.activity.entities?.find(
      (entity) => entity.type === 'https://schema.org/Message',
    );
    expect(citations?.citation).toHaveLength(2);
  });

  it('streams in a personal chat: informative, streaming updates 1.5 s apart, then the final message', async () => {
    const { server, connector } = teams;
    agent.options.delayMs = 1100;
    await postActivity(server.url, activity('personal-message', serviceUrl(), { id: 'personal-1' }));
    const final = await connector.waitFor(() => connector.ofType('message')[0]);
    agent.options.delayMs = 400;
    const updates = connector.ofType('typing');
    const infos = updates.map((entry) =>
      entry.activity.entities?.find((entity) => entity.type === 'streaminfo'),
    );
    expect(infos[0]).toMatchObject({ streamType: 'informative', streamSequence: 1 });
    // Every later update and the final message carry the id Teams gave the first one.
    const streamId = infos[1]?.streamId;
    expect(streamId).toMatch(/^activity-\d+$/);
    expect(
      infos.slice(1).every((info) => info?.streamType === 'streaming' && info.streamId === streamId),
    ).toBe(true);
    expect(updates.length).toBeGreaterThanOrEqual(3);
    for (let index = 1; index < updates.length; index++) {
      expect(updates[index]!.at - updates[index - 1]!.at).toBeGreaterThanOrEqual(1400);
    }
    const sequences = infos.map((info) => info?.streamSequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => Number(a) - Number(b)));
    const finalInfo = final.activity.entities?.find((entity) => entity.type === 'streaminfo');
    expect(finalInfo).toMatchObject({ streamType: 'final', streamId });
    expect(final.activity.text).toBe(
      'Open **Settings**, choose *Reset password* and follow the email.\n\n[1] [2]',
    );
    expect(final.activity.entities?.some((entity) => entity.type === 'https://schema.org/Message')).toBe(
      true,
    );
  });

  it('strips the mention in a channel and answers in the thread', async () => {
    const { server, connector } = teams;
    await postActivity(server.url, activity('channel-mention', serviceUrl()));
    const answer = await connector.waitFor(() => connector.ofType('message')[0]);
    expect(agent.requests.at(-1)?.text).toBe('where are my invoices?');
    expect(answer.conversationId).toBe('19:channel0001@thread.tacv2;messageid=1712000000003');
  });

  it('answers an activity Teams re-sends (same id) once', async () => {
    const { server, connector } = teams;
    const body = activity('group-chat-message', serviceUrl(), { id: 'retried-1' });
    const first = await postActivity(server.url, body);
    const second = await postActivity(server.url, body);
    expect([first.status, second.status]).toEqual([200, 200]);
    await connector.waitFor(() => connector.ofType('message')[0]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(connector.ofType('message')).toHaveLength(1);
  });

  it('welcomes people when the app is installed', async () => {
    const { server, connector } = teams;
    const response = await postActivity(server.url, activity('conversation-update', serviceUrl()));
    expect(response.status).toBe(200);
    const welcome = await connector.waitFor(() => connector.ofType('message')[0]);
    expect(welcome.activity.text).toMatch(/support assistant/);
  });

  it('refuses activities for a remote service URL when no app id is configured', async () => {
    const { server, connector } = teams;
    const response = await postActivity(
      server.url,
      activity(
        'personal-message',
        { serviceUrl: 'https://smba.trafficmanager.net/emea/' },
        { id: 'remote-1' },
      ),
    );
    expect(response.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(connector.sent).toHaveLength(0);
  });
});
