// Item 2 in Slack: listeningFromMe / stopBotFromMe applied by the core from the adapter's `fromStaff`,
// and unknownMessage for a file shared without words.
import { describe, expect, it } from 'vitest';
import { inThread, settle, useSlackServer } from '../e2e/slack-setup.js';
import { eventCallback, mentionEvents, messageEvent, nextTs, sendEvent } from '../fakes/slack-payloads.js';
import { call } from './seed.js';

const running = useSlackServer();

/** A question by `user` mentioning the bot; resolves once the answer stream stopped. */
async function ask(channel: string, user: string, text: string) {
  const { slack, server } = running;
  const root = nextTs();
  await sendEvent(server.url, eventCallback(mentionEvents({ channel, user, text, ts: root }).mention));
  const start = await slack.waitFor(() => slack.callsTo('chat.startStream').find(inThread(root)));
  await slack.waitFor(() =>
    slack.callsTo('chat.stopStream').find((entry) => entry.args.ts === start.result?.ts),
  );
  return root;
}

function threadReply(channel: string, user: string, text: string, threadTs: string, extra = {}) {
  return sendEvent(
    running.server.url,
    eventCallback(messageEvent({ channel, user, text, ts: nextTs(), threadTs, extra })),
  );
}

const inThreadText = (threadTs: string) =>
  running.slack.calls
    .filter(inThread(threadTs))
    .map((entry) => JSON.stringify(entry.args))
    .join('\n');

describe('Slack staff messages follow the bot rules', () => {
  it('with stopBotFromMe false and listeningFromMe true, a staff question in the thread is answered', async () => {
    const { server, agent, slack } = running;
    const saved = await call(server, 'PATCH', '/v1/bots/demo/rules', {
      stopBotFromMe: false,
      listeningFromMe: true,
    });
    expect(saved.status).toBe(200);
    const root = await ask('C0301', 'U0301', 'My order is late');
    await threadReply('C0301', 'U0999', 'What is our refund window?', root);
    await slack.waitFor(() =>
      agent.requests.find((request) => request.text === 'What is our refund window?'),
    );
    await slack.waitFor(() => slack.callsTo('chat.startStream').filter(inThread(root)).length === 2);
    expect(inThreadText(root)).not.toMatch(/stay quiet/);
  });

  it('with both false, a staff message is neither answered nor pauses the bot', async () => {
    const { server, agent, slack } = running;
    await call(server, 'PATCH', '/v1/bots/demo/rules', { stopBotFromMe: false, listeningFromMe: false });
    const root = await ask('C0302', 'U0302', 'My order is late');
    await threadReply('C0302', 'U0999', 'Checking with the warehouse', root);
    await settle();
    expect(agent.requests.some((request) => request.text === 'Checking with the warehouse')).toBe(false);
    expect(inThreadText(root)).not.toMatch(/stay quiet/);
    await threadReply('C0302', 'U0302', 'Any news?', root);
    await slack.waitFor(() => agent.requests.find((request) => request.text === 'Any news?'));
  });

  it('with stopBotFromMe true (the seed example), a staff message pauses the bot and says so', async () => {
    const { server, agent, slack } = running;
    await call(server, 'PATCH', '/v1/bots/demo/rules', { stopBotFromMe: true, listeningFromMe: false });
    const root = await ask('C0303', 'U0303', 'My order is late');
    await threadReply('C0303', 'U0999', 'I am on it', root);
    await slack.waitFor(() =>
      slack.callsTo('chat.postMessage').find((entry) => entry.args.thread_ts === root),
    );
    expect(inThreadText(root)).toMatch(/<@U0999> is handling this thread/);
    const asked = agent.requests.length;
    await threadReply('C0303', 'U0303', 'Any news?', root);
    await settle();
    expect(agent.requests.length).toBe(asked);
  });
});

describe('Slack non-text input', () => {
  it('answers a file shared without words with the unknownMessage, without asking the agent', async () => {
    const { server, agent, slack } = running;
    await call(server, 'PATCH', '/v1/bots/demo/rules', {
      unknownMessage: 'I dont understand. Please try again.',
    });
    const asked = agent.requests.length;
    const ts = nextTs();
    await sendEvent(
      server.url,
      eventCallback(
        messageEvent({
          channel: 'D0304',
          user: 'U0304',
          text: '',
          ts,
          channelType: 'im',
          extra: { subtype: 'file_share', files: [{ id: 'F1', name: 'screenshot.png' }] },
        }),
      ),
    );
    await slack.waitFor(() => inThreadText(ts).includes('I dont understand. Please try again.'));
    expect(agent.requests.length).toBe(asked);
  });
});
