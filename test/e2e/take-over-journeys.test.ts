// Take-over, hand-back and resolve in every channel (widget, agent API, Slack, Teams): the rating is kept and the bot answers again.
import type { AgentClient, AgentRequest } from '@frontdesk/core';
import { describe, expect, it, vi } from 'vitest';
import {
  eventCallback,
  mentionEvents,
  messageEvent,
  nextTs,
  sendEvent,
  TEAM,
} from '../fakes/slack-payloads.js';
import { useChannelsServer } from './channels-server.js';
import { api, conversationIdOf, startVisitor } from './desk-helpers.js';
import { OWNER_TOKEN } from './harness.js';
import { activity, postActivity } from './teams-setup.js';

const requests: AgentRequest[] = [];
const agent: AgentClient = {
  async *send(request) {
    requests.push(request);
    yield { type: 'text-delta', text: `The bot answers: ${request.text}` };
    yield { type: 'finish', noAnswer: false };
  },
};

const running = useChannelsServer(() => agent);

/** One person in one channel: writes messages; the conversation and ticket are found by channel key. */
interface Person {
  say(text: string): Promise<void>;
  conversationId(): Promise<string>;
}

function webPerson(): Person {
  const { server } = running;
  let conversation: string | undefined;
  const visitor = startVisitor(server);
  return {
    async say(text) {
      conversation = conversationIdOf(await (await visitor).say(text, conversation));
    },
    async conversationId() {
      if (!conversation) throw new Error('nothing said yet');
      return conversation;
    },
  };
}

/** A client of the agent endpoint (`POST /v1/bots/demo/message`) that passes the conversation id back. */
function apiPerson(): Person {
  const { server } = running;
  let conversation: string | undefined;
  return {
    async say(text) {
      const response = await server.post('/v1/bots/demo/message', {
        message: { text, ...(conversation ? { conversationId: conversation } : {}) },
      });
      conversation = ((await response.json()) as { data: { conversationId: string } }).data.conversationId;
    },
    async conversationId() {
      if (!conversation) throw new Error('nothing said yet');
      return conversation;
    },
  };
}

function slackPerson(channel: string): Person {
  const { server } = running;
  const root = nextTs();
  let started = false;
  return {
    async say(text) {
      const event = started
        ? messageEvent({ channel, user: 'U0301', text, ts: nextTs(), threadTs: root })
        : mentionEvents({ channel, user: 'U0301', text, ts: root }).mention;
      started = true;
      await sendEvent(server.url, eventCallback(event));
    },
    conversationId: () => conversationByKey(`slack:${TEAM}:${channel}:${root}`),
  };
}

/** Teams activity ids are deduplicated, so every message in the file gets a new one. */
let teamsActivities = 0;

function teamsPerson(): Person {
  const { server, connector } = running;
  return {
    async say(text) {
      teamsActivities += 1;
      const values = { serviceUrl: connector.url };
      const changes = { id: `takeover-${teamsActivities}`, text };
      await postActivity(server.url, activity('personal-message', values, changes));
    },
    conversationId: () => conversationByKey('teams:tenant-0001:a:1personal-conversation'),
  };
}

async function conversationByKey(channelKey: string): Promise<string> {
  const { server } = running;
  return vi.waitFor(
    async () => {
      const found = await server.store.findConversationByChannelKey('ws_default', 'demo', channelKey);
      if (!found) throw new Error(`no conversation ${channelKey} yet`);
      return found.id;
    },
    { timeout: 10_000 },
  );
}

const asked = (text: string) => vi.waitFor(() => expect(requests.map((r) => r.text)).toContain(text), 10_000);
const staff = (method: string, path: string, body?: unknown) =>
  api(running.server, OWNER_TOKEN, method, path, body);

/** Whether the conversation list marks the conversation as taken over. */
async function listedPaused(conversationId: string) {
  const list = await staff('GET', '/v1/conversations?limit=100');
  return list.json.data.find((item: { id: string }) => item.id === conversationId)?.paused;
}

async function ticketOf(conversationId: string) {
  const { server } = running;
  return vi.waitFor(
    async () => {
      const found = await server.store.findTicketByIdempotencyKey(
        'ws_default',
        `${conversationId}:human-request`,
      );
      if (!found) throw new Error('no ticket yet');
      return found;
    },
    { timeout: 10_000 },
  );
}

const channels: Array<[string, () => Person]> = [
  ['web', webPerson],
  ['api', apiPerson],
  ['slack', () => slackPerson('C0301')],
  ['teams', teamsPerson],
];

describe.each(channels)('take-over in %s', (channel, makePerson) => {
  it('stays silent while taken over, keeps the rating after resolve, then answers again', async () => {
    const person = makePerson();
    await person.say('I want to talk to a human');
    const conversationId = await person.conversationId();
    const ticket = await ticketOf(conversationId);

    expect((await staff('POST', `/v1/conversations/${conversationId}/takeover`)).json.data.paused).toBe(true);
    expect(await listedPaused(conversationId)).toBe(true);
    await person.say(`${channel}: is anyone there?`);
    await vi.waitFor(async () => {
      const transcript = await staff('GET', `/v1/conversations/${conversationId}/transcript`);
      expect(transcript.json.data.map((m: { text: string }) => m.text)).toContain(
        `${channel}: is anyone there?`,
      );
    }, 10_000);
    expect(requests.map((r) => r.text)).not.toContain(`${channel}: is anyone there?`);

    await staff('POST', `/v1/tickets/${ticket.id}/replies`, { text: 'Grace here, fixed it.' });
    const resolved = await staff('PATCH', `/v1/tickets/${ticket.id}`, { status: 'resolved' });
    expect(resolved.status).toBe(200);
    expect((await staff('GET', `/v1/conversations/${conversationId}`)).json.data.paused).toBe(false);
    expect(await listedPaused(conversationId)).toBe(false);

    await person.say('5');
    await vi.waitFor(async () => {
      const csat = await staff('GET', '/v1/csat');
      expect(csat.json.data).toContainEqual(expect.objectContaining({ ticketId: ticket.id, score: 5 }));
    }, 10_000);
    await person.say(`${channel}: how do I export?`);
    await asked(`${channel}: how do I export?`);
  });

  it('answers again after staff hand the conversation back', async () => {
    const person = makePerson();
    await person.say(`${channel}: hello`);
    const conversationId = await person.conversationId();
    await asked(`${channel}: hello`);
    await staff('POST', `/v1/conversations/${conversationId}/takeover`);
    const handback = await staff('POST', `/v1/conversations/${conversationId}/handback`);
    expect(handback.json.data.paused).toBe(false);
    await person.say(`${channel}: back again`);
    await asked(`${channel}: back again`);
  });
});
