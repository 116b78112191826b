// Mentions, threads and DMs: one answer per message, in the thread, streamed as one message.
import { describe, expect, it } from 'vitest';
import {
  eventCallback,
  mentionEvents,
  messageEvent,
  nextTs,
  sendEvent,
  TEAM,
} from '../fakes/slack-payloads.js';
import { inThread, settle, useSlackServer } from './slack-setup.js';

const running = useSlackServer();

describe('a mention in a channel', () => {
  it('is answered in the message thread, streamed, with sources and buttons', async () => {
    const { slack, server } = running;
    const ts = nextTs();
    const { mention } = mentionEvents({
      channel: 'C0001',
      user: 'U0001',
      text: 'How do I reset my password?',
      ts,
    });
    const response = await sendEvent(server.url, eventCallback(mention));
    expect(response.status).toBe(200);

    const start = await slack.waitFor(() => slack.callsTo('chat.startStream').find(inThread(ts)));
    const stop = await slack.waitFor(() =>
      slack.callsTo('chat.stopStream').find((call) => call.args.ts === start.result?.ts),
    );
    expect(start.args).toMatchObject({
      channel: 'C0001',
      recipient_user_id: 'U0001',
      recipient_team_id: TEAM,
    });
    const streamed = [
      start,
      ...slack.callsTo('chat.appendStream').filter((call) => call.args.ts === start.result?.ts),
    ]
      .map((call) => call.args.markdown_text)
      .join('');
    expect(streamed).toContain('**Reset** your password');
    const blocks = JSON.stringify(stop.args.blocks);
    expect(blocks).toContain('<https://docs.example.com/reset|Reset your password> · 93%');
    for (const label of ['Helpful', 'Not helpful', 'Talk to a human']) expect(blocks).toContain(label);
    expect(slack.callsTo('assistant.threads.setStatus').some(inThread(ts))).toBe(true);
    // One message per answer: nothing else was posted in the thread.
    expect(slack.callsTo('chat.postMessage').filter(inThread(ts))).toEqual([]);
  });

  it('continues the conversation from later thread messages without a mention', async () => {
    const { slack, server, agent } = running;
    const root = nextTs();
    const { mention } = mentionEvents({
      channel: 'C0001',
      user: 'U0002',
      text: 'What plans do you have?',
      ts: root,
    });
    await sendEvent(server.url, eventCallback(mention));
    await slack.waitFor(() => slack.callsTo('chat.startStream').find(inThread(root)));
    await sendEvent(
      server.url,
      eventCallback(
        messageEvent({
          channel: 'C0001',
          user: 'U0002',
          text: 'And the price?',
          ts: nextTs(),
          threadTs: root,
        }),
      ),
    );
    await slack.waitFor(() => slack.callsTo('chat.startStream').filter(inThread(root)).length === 2);
    const last = agent.requests.at(-1)!;
    expect(last.text).toBe('And the price?');
    expect(last.history.map((turn) => turn.text)).toContain('What plans do you have?');
  });

  it('answers a retried event and the double delivery of one mention exactly once', async () => {
    const { slack, server } = running;
    const ts = nextTs();
    const { mention, message } = mentionEvents({
      channel: 'C0002',
      user: 'U0003',
      text: 'Where is my invoice?',
      ts,
    });
    const first = eventCallback(mention);
    await Promise.all([
      sendEvent(server.url, first),
      sendEvent(server.url, eventCallback(message)),
      sendEvent(server.url, first, { retryNum: 1 }),
      sendEvent(server.url, first, { retryNum: 2 }),
    ]);
    await slack.waitFor(
      () =>
        slack.callsTo('chat.stopStream').length > 0 && slack.callsTo('chat.startStream').find(inThread(ts)),
    );
    await settle();
    expect(slack.callsTo('chat.startStream').filter(inThread(ts))).toHaveLength(1);
  });

  it('ignores plain channel messages, bots, edits, deletions and joins', async () => {
    const { slack, server, agent } = running;
    const before = agent.requests.length;
    const root = nextTs();
    const ignored = [
      messageEvent({ channel: 'C0003', user: 'U0004', text: 'lunch?', ts: nextTs() }),
      messageEvent({
        channel: 'C0003',
        user: 'U0004',
        text: '<@UBOT0001> hi',
        ts: root,
        extra: { bot_id: 'B0OTHER' },
      }),
      messageEvent({ channel: 'C0003', user: 'UBOT0001', text: '<@UBOT0001> me', ts: nextTs() }),
      messageEvent({
        channel: 'C0003',
        user: 'U0004',
        text: '<@UBOT0001> edit',
        ts: nextTs(),
        extra: { subtype: 'message_changed' },
      }),
      messageEvent({
        channel: 'C0003',
        user: 'U0004',
        text: '',
        ts: nextTs(),
        extra: { subtype: 'message_deleted' },
      }),
      messageEvent({
        channel: 'C0003',
        user: 'U0004',
        text: '<@U0004> has joined',
        ts: nextTs(),
        extra: { subtype: 'channel_join' },
      }),
    ];
    for (const event of ignored) expect((await sendEvent(server.url, eventCallback(event))).status).toBe(200);
    await settle();
    expect(agent.requests.length).toBe(before);
    expect(slack.calls.filter((call) => call.args.channel === 'C0003')).toEqual([]);
  });
});

describe('direct messages and the assistant panel', () => {
  it('answers a direct message in its thread', async () => {
    const { slack, server } = running;
    const ts = nextTs();
    await sendEvent(
      server.url,
      eventCallback(
        messageEvent({ channel: 'D0001', channelType: 'im', user: 'U0005', text: 'Hello there', ts }),
      ),
    );
    const start = await slack.waitFor(() => slack.callsTo('chat.startStream').find(inThread(ts)));
    expect(start.args.channel).toBe('D0001');
  });

  it('offers suggested prompts in a new assistant thread', async () => {
    const { slack, server } = running;
    const threadTs = nextTs();
    await sendEvent(
      server.url,
      eventCallback({
        type: 'assistant_thread_started',
        assistant_thread: {
          user_id: 'U0005',
          context: { channel_id: 'C0001', team_id: TEAM },
          channel_id: 'D0001',
          thread_ts: threadTs,
        },
        event_ts: threadTs,
      }),
    );
    const call = await slack.waitFor(() =>
      slack.callsTo('assistant.threads.setSuggestedPrompts').find((c) => c.args.thread_ts === threadTs),
    );
    expect((call.args.prompts as unknown[]).length).toBeGreaterThan(0);
  });

  it('shows a thinking status in an assistant thread while the agent works', async () => {
    const { slack, server } = running;
    const threadTs = nextTs();
    await sendEvent(
      server.url,
      eventCallback(
        messageEvent({
          channel: 'D0002',
          channelType: 'im',
          user: 'U0006',
          text: 'Help me',
          ts: nextTs(),
          threadTs,
        }),
      ),
    );
    const status = await slack.waitFor(() =>
      slack.callsTo('assistant.threads.setStatus').find(inThread(threadTs)),
    );
    const start = await slack.waitFor(() => slack.callsTo('chat.startStream').find(inThread(threadTs)));
    expect(status.args).toMatchObject({ channel_id: 'D0002', status: 'is thinking…' });
    expect(status.at).toBeLessThanOrEqual(start.at);
  });
});

describe('acknowledgement', () => {
  it('acknowledges in under a second while the agent takes 10 s', async () => {
    const { server } = running;
    const { mention } = mentionEvents({
      channel: 'C0004',
      user: 'U0007',
      text: 'slow question',
      ts: nextTs(),
    });
    const started = performance.now();
    const response = await sendEvent(server.url, eventCallback(mention));
    const elapsed = performance.now() - started;
    expect(response.status).toBe(200);
    expect(elapsed).toBeLessThan(1000);
  });
});
