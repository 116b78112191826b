// Staff in Slack: feedback buttons stored on the answer, and a staff reply pausing the agent until resumed.
import { getFeedback } from '@frontdesk/core';
import { describe, expect, it } from 'vitest';
import {
  buttonPress,
  eventCallback,
  mentionEvents,
  messageEvent,
  nextTs,
  sendEvent,
  sendInteraction,
} from '../fakes/slack-payloads.js';
import { inThread, settle, useSlackServer } from './slack-setup.js';

const running = useSlackServer();

type Block = { type: string; elements?: { action_id: string; value: string }[] };

async function ask(channel: string, user: string, text: string) {
  const { slack, server } = running;
  const root = nextTs();
  await sendEvent(server.url, eventCallback(mentionEvents({ channel, user, text, ts: root }).mention));
  const start = await slack.waitFor(() => slack.callsTo('chat.startStream').find(inThread(root)));
  const stop = await slack.waitFor(() =>
    slack.callsTo('chat.stopStream').find((call) => call.args.ts === start.result?.ts),
  );
  return { root, answerTs: String(start.result?.ts), blocks: stop.args.blocks as Block[] };
}

describe('the feedback buttons', () => {
  it('store "Not helpful" on the answer and replace the buttons with a thank-you', async () => {
    const { slack, server } = running;
    const { root, answerTs, blocks } = await ask('C0200', 'U0200', 'How do I export data?');
    const value = blocks.find((block) => block.type === 'actions')?.elements?.[1]?.value ?? '';
    const message = { type: 'message', ts: answerTs, thread_ts: root, text: 'answer', blocks };
    const button = { action_id: 'frontdesk_not_helpful', value };
    const responseUrl = `${slack.responseUrl}press`;
    await sendInteraction(
      server.url,
      buttonPress({ channel: 'C0200', user: 'U0200', message, button, responseUrl }),
    );
    const update = await slack.waitFor(() =>
      slack.callsTo('chat.update').find((call) => call.args.ts === answerTs),
    );
    expect(JSON.stringify(update.args.blocks)).toContain('Marked not helpful');
    expect(JSON.stringify(update.args.blocks)).not.toContain('frontdesk_helpful');
    const messageId = value.split('|')[1] ?? '';
    expect((await getFeedback(server.store, messageId))?.feedback).toBe('not-helpful');
  });
});

describe('a staff reply in the thread', () => {
  it('pauses the agent there until someone presses Resume', async () => {
    const { slack, server, agent } = running;
    const { root } = await ask('C0201', 'U0201', 'My order is late');
    await sendEvent(
      server.url,
      eventCallback(
        messageEvent({
          channel: 'C0201',
          user: 'U0999',
          text: 'I am on it, checking now',
          ts: nextTs(),
          threadTs: root,
        }),
      ),
    );
    const notice = await slack.waitFor(() =>
      slack.callsTo('chat.postMessage').find((call) => call.args.thread_ts === root),
    );
    expect(String(notice.args.text)).toContain('<@U0999>');

    const asked = agent.requests.length;
    await sendEvent(
      server.url,
      eventCallback(
        messageEvent({ channel: 'C0201', user: 'U0201', text: 'Any news?', ts: nextTs(), threadTs: root }),
      ),
    );
    await settle();
    expect(agent.requests.length).toBe(asked);
    expect(slack.callsTo('chat.startStream').filter(inThread(root))).toHaveLength(1);

    const resumeValue =
      (notice.args.blocks as Block[]).find((block) => block.type === 'actions')?.elements?.[0]?.value ?? '';
    const noticeMessage = {
      type: 'message',
      ts: notice.result?.ts,
      thread_ts: root,
      text: 'paused',
      blocks: notice.args.blocks,
    };
    const resume = buttonPress({
      channel: 'C0201',
      user: 'U0999',
      message: noticeMessage,
      button: { action_id: 'frontdesk_resume', value: resumeValue },
      responseUrl: `${slack.responseUrl}press`,
    });
    await sendInteraction(server.url, resume);
    await slack.waitFor(() =>
      slack.callsTo('chat.update').find((call) => call.args.ts === notice.result?.ts),
    );
    await sendEvent(
      server.url,
      eventCallback(
        messageEvent({ channel: 'C0201', user: 'U0201', text: 'Hello again?', ts: nextTs(), threadTs: root }),
      ),
    );
    await slack.waitFor(() => slack.callsTo('chat.startStream').filter(inThread(root)).length === 2);
    expect(agent.requests.at(-1)?.text).toBe('Hello again?');
  });
});
