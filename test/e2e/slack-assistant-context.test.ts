// Slack's assistant panel tells the app which channel the person is viewing, at the thread's start
// and again when they move (`assistant_thread_context_changed`); the agent learns it with each message.
import { describe, expect, it, vi } from 'vitest';
import { nextTs, sendEvent, slackFixture } from '../fakes/slack-payloads.js';
import { inThread, useSlackServer } from './slack-setup.js';

const running = useSlackServer();

describe('the assistant thread context', () => {
  it('tells the agent which channel the person is viewing, and follows them when they move', async () => {
    const { slack, server, agent } = running;
    const threadTs = nextTs();
    const thread = { user: 'U0VIEWER', channel: 'D0ASSIST1', threadTs };
    const ask = async (text: string, answers: number) => {
      await sendEvent(
        server.url,
        slackFixture('assistant-thread-message', { ...thread, text, ts: nextTs() }),
      );
      await slack.waitFor(
        () => slack.callsTo('chat.startStream').filter(inThread(threadTs)).length === answers,
      );
      return agent.requests.at(-1);
    };

    await sendEvent(
      server.url,
      slackFixture('assistant-thread-started', { ...thread, viewing: 'C0GENERAL' }),
    );
    await slack.waitFor(() =>
      slack.callsTo('assistant.threads.setSuggestedPrompts').find((call) => call.args.thread_ts === threadTs),
    );
    const first = await ask('What is this channel for?', 1);
    expect(first?.text).toBe('What is this channel for?');
    expect(first?.requester?.context).toEqual({ channelId: 'C0GENERAL', teamId: 'T0001' });

    const changed = { ...thread, viewing: 'C0BILLING', ts: nextTs() };
    const response = await sendEvent(server.url, slackFixture('assistant-thread-context-changed', changed));
    expect(response.status).toBe(200);
    const second = await ask('And this one?', 2);
    expect(second?.requester?.context).toEqual({ channelId: 'C0BILLING', teamId: 'T0001' });
    expect(second?.requester?.id).toBe('U0VIEWER');
    // One conversation for the thread, its requester where the person is now.
    const conversation = await server.store.findConversationByChannelKey(
      'ws_default',
      'demo',
      `slack:T0001:D0ASSIST1:${threadTs}`,
    );
    expect(conversation?.requester?.context?.channelId).toBe('C0BILLING');

    // Viewing no channel (Slack leaves `channel_id` out): the conversation forgets the old one at once.
    const away = slackFixture('assistant-thread-context-changed', { ...thread, viewing: '', ts: nextTs() });
    const event = away.event as { assistant_thread: { context: Record<string, unknown> } };
    delete event.assistant_thread.context.channel_id;
    expect((await sendEvent(server.url, away)).status).toBe(200);
    await vi.waitFor(async () => {
      const now = await server.store.getConversation(conversation?.id ?? '');
      expect(now?.requester?.id).toBe('U0VIEWER');
      expect(now?.requester?.context).toBeUndefined();
    });
    const third = await ask('Anything new?', 3);
    expect(third?.requester?.context).toBeUndefined();
    expect(third?.requester?.id).toBe('U0VIEWER');
  });

  it('leaves the requester without a context in a DM thread Slack said nothing about', async () => {
    const { slack, server, agent } = running;
    const threadTs = nextTs();
    const values = { user: 'U0PLAIN', channel: 'D0PLAIN1', threadTs, text: 'Hello', ts: nextTs() };
    await sendEvent(server.url, slackFixture('assistant-thread-message', values));
    await slack.waitFor(() => slack.callsTo('chat.startStream').find(inThread(threadTs)));
    expect(agent.requests.at(-1)?.requester?.id).toBe('U0PLAIN');
    expect(agent.requests.at(-1)?.requester?.context).toBeUndefined();
  });
});
