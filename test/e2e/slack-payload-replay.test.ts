// Real Slack payload shapes (test/fixtures/slack, written from the Events API and Slack Connect docs)
// replayed through the server: each gets what a person in Slack would expect.
import { NON_TEXT_REPLY } from '@frontdesk/core';
import { describe, expect, it } from 'vitest';
import {
  buttonPress,
  eventCallback,
  messageEvent,
  nextTs,
  sendEvent,
  sendInteraction,
  slackFixture,
} from '../fakes/slack-payloads.js';
import { inThread, settle, useSlackServer } from './slack-setup.js';

const running = useSlackServer();

type Block = { type: string; elements?: { action_id: string; value: string }[] };

async function conversationOf(channelKey: string) {
  return running.server.store.findConversationByChannelKey('ws_default', 'demo', channelKey);
}

describe('Slack payloads from the documented schemas', () => {
  it('answers a Slack Connect thread reply whose envelope names the other organisation', async () => {
    const { slack, server, agent } = running;
    const root = nextTs();
    const values = { channel: 'C0SHARED1', user: 'U0PARTNER', text: 'Our SSO login is broken', ts: root };
    await sendEvent(server.url, slackFixture('connect-mention', values));
    await slack.waitFor(() => slack.callsTo('chat.startStream').find(inThread(root)));
    const reply = { ...values, text: 'It says invalid SAML response', ts: nextTs(), threadTs: root };
    await sendEvent(server.url, slackFixture('connect-thread-reply', reply));
    await slack.waitFor(() => slack.callsTo('chat.startStream').filter(inThread(root)).length === 2);
    expect(agent.requests.at(-1)?.text).toBe('It says invalid SAML response');
    // Keyed on the installation's team, not the envelope's; the asker is marked as from outside.
    const conversation = await conversationOf(`slack:T0001:C0SHARED1:${root}`);
    expect(conversation?.requester).toMatchObject({ id: 'U0PARTNER', external: true });
  });

  it('continues the recent conversation when a DM follow-up is typed at the top level', async () => {
    const { slack, server, agent } = running;
    const first = nextTs();
    await sendEvent(
      server.url,
      slackFixture('dm-message', { channel: 'D0DM0001', user: 'U0DM1', text: 'How do I export?', ts: first }),
    );
    await slack.waitFor(() => slack.callsTo('chat.startStream').find(inThread(first)));
    const second = nextTs();
    await sendEvent(
      server.url,
      slackFixture('dm-message', { channel: 'D0DM0001', user: 'U0DM1', text: 'And as CSV?', ts: second }),
    );
    await slack.waitFor(() => slack.callsTo('chat.startStream').find(inThread(second)));
    const request = agent.requests.at(-1);
    expect(request?.text).toBe('And as CSV?');
    expect(request?.history.map((turn) => turn.text)).toContain('How do I export?');
    expect(await conversationOf(`slack:T0001:D0DM0001:${second}`)).toBeUndefined();
  });

  it('answers a file shared in a DM without words, without asking the agent', async () => {
    const { slack, server, agent } = running;
    const asked = agent.requests.length;
    const ts = nextTs();
    await sendEvent(server.url, slackFixture('dm-file-share', { channel: 'D0DM0002', user: 'U0400', ts }));
    // The note about the file that could not be kept may come first in the thread; wait for the reply itself.
    const words = NON_TEXT_REPLY.slice(0, 30);
    const reply = await slack.waitFor(() =>
      [...slack.callsTo('chat.startStream'), ...slack.callsTo('chat.postMessage')]
        .filter(inThread(ts))
        .find((call) => {
          const stopped = slack.callsTo('chat.stopStream').find((stop) => stop.args.ts === call.result?.ts);
          return JSON.stringify([call.args, stopped?.args ?? {}]).includes(words);
        }),
    );
    expect(reply).toBeDefined();
    expect(agent.requests.length).toBe(asked);
  });

  it('gives the agent plain words for mention markup: names, channels and links', async () => {
    const { slack, server, agent } = running;
    slack.users.set('U0OTHER1', { name: 'Grace Hopper' });
    const ts = nextTs();
    await sendEvent(
      server.url,
      slackFixture('mention-with-markup', { channel: 'C0MARKUP', user: 'U0500', ts }),
    );
    await slack.waitFor(() => slack.callsTo('chat.startStream').find(inThread(ts)));
    expect(agent.requests.at(-1)?.text).toBe(
      'please give @Grace Hopper access to #billing, see the incident (https://status.example.com/incidents/42) & @here',
    );
  });

  it('passes the files of a message on as names and links, so they reach the ticket', async () => {
    const { slack, server, agent } = running;
    const ts = nextTs();
    await sendEvent(server.url, slackFixture('mention-with-file', { channel: 'C0FILES', user: 'U0800', ts }));
    await slack.waitFor(() => slack.callsTo('chat.startStream').find(inThread(ts)));
    expect(agent.requests.at(-1)?.text).toBe(
      'the export breaks with this log\n\n[file: export-error.log (https://acme.slack.com/files/U0800/F0LOG0001/export-error.log)]',
    );
  });

  it('opens a ticket for "Talk to a human" pressed while staff hold the thread', async () => {
    const { slack, server } = running;
    const root = nextTs();
    await sendEvent(
      server.url,
      eventCallback({
        type: 'app_mention',
        user: 'U0600',
        text: '<@UBOT0001> My invoice is wrong',
        ts: root,
        channel: 'C0HUMAN',
        event_ts: root,
      }),
    );
    const start = await slack.waitFor(() => slack.callsTo('chat.startStream').find(inThread(root)));
    const stop = await slack.waitFor(() =>
      slack.callsTo('chat.stopStream').find((call) => call.args.ts === start.result?.ts),
    );
    const value =
      (stop.args.blocks as Block[])
        .find((block) => block.type === 'actions')
        ?.elements?.find((element) => element.action_id === 'frontdesk_human')?.value ?? '';
    // Staff answer in the thread: the agent pauses there.
    await sendEvent(
      server.url,
      eventCallback(
        messageEvent({
          channel: 'C0HUMAN',
          user: 'U0STAFF',
          text: 'Looking into it',
          ts: nextTs(),
          threadTs: root,
        }),
      ),
    );
    await slack.waitFor(() => slack.callsTo('chat.postMessage').find(inThread(root)));
    const answer = {
      type: 'message',
      ts: start.result?.ts,
      thread_ts: root,
      text: 'answer',
      blocks: stop.args.blocks,
    };
    const responseUrl = `${slack.responseUrl}press`;
    const button = { action_id: 'frontdesk_human', value };
    await sendInteraction(
      server.url,
      buttonPress({ channel: 'C0HUMAN', user: 'U0600', message: answer, button, responseUrl }),
    );
    const confirmation = await slack.waitFor(() =>
      slack
        .callsTo('chat.startStream')
        .filter(inThread(root))
        .find((call) => String(call.args.markdown_text).includes('FD-')),
    );
    expect(String(confirmation.args.markdown_text)).toMatch(/opened a ticket \(\*\*FD-\w+\*\*\)/);
  });

  it('acknowledges an edit or a deletion of a question without answering it again', async () => {
    const { slack, server, agent } = running;
    const ts = nextTs();
    const question = { channel: 'D0DM0009', user: 'U0EDIT', text: 'Where is my invoice?', ts };
    await sendEvent(server.url, slackFixture('dm-message', question));
    await slack.waitFor(() => slack.callsTo('chat.startStream').find(inThread(ts)));
    const asked = agent.requests.length;
    const edited = { ...question, text: 'Where is my March invoice?', eventTs: nextTs() };
    expect((await sendEvent(server.url, slackFixture('message-changed', edited))).status).toBe(200);
    expect(
      (await sendEvent(server.url, slackFixture('message-deleted', { ...question, eventTs: nextTs() })))
        .status,
    ).toBe(200);
    await settle();
    expect(agent.requests.length).toBe(asked);
    expect(slack.callsTo('chat.startStream').filter((call) => call.args.channel === 'D0DM0009')).toHaveLength(
      1,
    );
  });

  it('leaves channel chatter alone without a single Slack call', async () => {
    const { slack, server } = running;
    const before = slack.calls.length;
    const chatter = messageEvent({
      channel: 'C0CHAT',
      user: 'U0CHAT',
      text: 'lunch, <@U0OTHER1>?',
      ts: nextTs(),
    });
    expect((await sendEvent(server.url, eventCallback(chatter))).status).toBe(200);
    await settle();
    expect(slack.calls.slice(before)).toEqual([]);
  });

  it('asks auth.test at most once, not before every event', async () => {
    await settle();
    expect(running.slack.callsTo('auth.test').length).toBeLessThanOrEqual(1);
  });
});
