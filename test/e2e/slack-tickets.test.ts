// Tickets from Slack: the ticket reaction, the "Create ticket" shortcut, "Talk to a human", and /frontdesk.
import { describe, expect, it } from 'vitest';
import {
  buttonPress,
  eventCallback,
  mentionEvents,
  nextTs,
  sendCommand,
  sendEvent,
  sendInteraction,
  TEAM,
} from '../fakes/slack-payloads.js';
import { inThread, settle, useSlackServer } from './slack-setup.js';

const running = useSlackServer();

async function ticketsOfThread(channel: string, threadTs: string) {
  const { store } = running.server;
  const conversation = await store.findConversationByChannelKey(
    'ws_default',
    'demo',
    `slack:${TEAM}:${channel}:${threadTs}`,
  );
  if (!conversation) return [];
  const ticket = await store.findTicketByIdempotencyKey('ws_default', `${conversation.id}:human-request`);
  return ticket ? [ticket] : [];
}

function reaction(channel: string, ts: string, name = 'ticket') {
  return eventCallback({
    type: 'reaction_added',
    user: 'U0101',
    reaction: name,
    item_user: 'U0100',
    item: { type: 'message', channel, ts },
    event_ts: nextTs(),
  });
}

function shortcut(channel: string, ts: string, text: string) {
  return {
    type: 'message_action',
    token: 'x',
    action_ts: nextTs(),
    team: { id: TEAM, domain: 'acme' },
    user: { id: 'U0101', name: 'sam' },
    channel: { id: channel, name: 'support' },
    callback_id: 'frontdesk_create_ticket',
    trigger_id: `trig-${ts}`,
    message_ts: ts,
    message: { type: 'message', user: 'U0100', ts, text },
    response_url: `${running.slack.responseUrl}shortcut`,
  };
}

describe('the ticket reaction and the Create ticket shortcut', () => {
  it('open one ticket from a message, answered in its thread, with the status as a reaction', async () => {
    const { slack, server } = running;
    const ts = nextTs();
    slack.messages.set(ts, { type: 'message', user: 'U0100', ts, text: 'The export button does nothing' });
    await Promise.all([
      sendEvent(server.url, reaction('C0100', ts)),
      sendEvent(server.url, reaction('C0100', ts)),
      sendInteraction(server.url, shortcut('C0100', ts, 'The export button does nothing')),
    ]);
    const stop = await slack.waitFor(() => slack.callsTo('chat.startStream').find(inThread(ts)));
    await slack.waitFor(() => slack.callsTo('reactions.add').find((call) => call.args.timestamp === ts));
    await settle();
    expect(slack.callsTo('chat.startStream').filter(inThread(ts))).toHaveLength(1);
    const tickets = await ticketsOfThread('C0100', ts);
    expect(tickets).toHaveLength(1);
    expect(tickets[0]?.requester).toMatchObject({
      id: 'U0100',
      name: 'Ada Lovelace',
      email: 'ada@example.com',
    });
    const ended = slack.callsTo('chat.stopStream').find((call) => call.args.ts === stop.result?.ts);
    expect(JSON.stringify(ended?.args.blocks)).toContain(`Ticket <`);
    expect(
      slack
        .callsTo('reactions.add')
        .filter((call) => call.args.timestamp === ts)
        .map((call) => call.args.name),
    ).toEqual(['eyes']);
  });

  it('ignores other reactions', async () => {
    const { slack, server } = running;
    const ts = nextTs();
    slack.messages.set(ts, { type: 'message', user: 'U0100', ts, text: 'nice' });
    await sendEvent(server.url, reaction('C0101', ts, 'tada'));
    await settle();
    expect(await ticketsOfThread('C0101', ts)).toEqual([]);
  });
});

describe('the Talk to a human button', () => {
  it('opens a ticket for the conversation the answer belongs to', async () => {
    const { slack, server } = running;
    const root = nextTs();
    const { mention } = mentionEvents({
      channel: 'C0102',
      user: 'U0102',
      text: 'Can I get a refund?',
      ts: root,
    });
    await sendEvent(server.url, eventCallback(mention));
    const start = await slack.waitFor(() => slack.callsTo('chat.startStream').find(inThread(root)));
    const stop = await slack.waitFor(() =>
      slack.callsTo('chat.stopStream').find((call) => call.args.ts === start.result?.ts),
    );
    const actions = (
      stop.args.blocks as { type: string; elements?: { action_id: string; value: string }[] }[]
    ).find((block) => block.type === 'actions');
    const human = actions?.elements?.find((element) => element.action_id === 'frontdesk_human');
    expect(human).toBeDefined();
    const answerTs = String(start.result?.ts);
    const press = buttonPress({
      channel: 'C0102',
      user: 'U0102',
      username: 'kim',
      triggerId: 'trig-human',
      message: { type: 'message', ts: answerTs, thread_ts: root, text: 'answer', blocks: stop.args.blocks },
      button: {
        action_id: 'frontdesk_human',
        text: { type: 'plain_text', text: 'Talk to a human' },
        value: human?.value,
      },
      responseUrl: `${slack.responseUrl}human`,
    });
    const response = await sendInteraction(server.url, press);
    expect(response.status).toBe(200);
    await slack.waitFor(() => slack.callsTo('chat.startStream').filter(inThread(root)).length === 2);
    expect(await ticketsOfThread('C0102', root)).toHaveLength(1);
  });
});

describe('/frontdesk', () => {
  const command = (text: string, trigger: string) => ({
    token: 'x',
    team_id: TEAM,
    team_domain: 'acme',
    channel_id: 'C0103',
    channel_name: 'general',
    user_id: 'U0103',
    user_name: 'lee',
    command: '/frontdesk',
    text,
    api_app_id: 'A0FRONTDESK',
    response_url: `${running.slack.responseUrl}${trigger}`,
    trigger_id: trigger,
  });

  it('answers a question privately', async () => {
    const { slack, server } = running;
    const response = await sendCommand(server.url, command('How do I reset my password?', 'trig-ask'));
    expect(response.status).toBe(200);
    const reply = await slack.waitFor(() =>
      slack.responses.find((body) => String(body.text).includes('Reset')),
    );
    expect(reply.response_type).toBe('ephemeral');
    expect(JSON.stringify(reply.blocks)).toContain('Reset your password');
    expect(slack.callsTo('chat.postMessage').filter((call) => call.args.channel === 'C0103')).toEqual([]);
  });

  it('opens a ticket with `ticket <text>`', async () => {
    const { slack, server } = running;
    await sendCommand(server.url, command('ticket My laptop will not boot', 'trig-ticket'));
    const reply = await slack.waitFor(() =>
      slack.responses.find((body) => JSON.stringify(body.blocks ?? '').includes('Ticket')),
    );
    expect(reply.response_type).toBe('ephemeral');
    expect(String(reply.text)).toMatch(/opened a ticket/);
  });
});
