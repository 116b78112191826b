// The Slack delivery port: staff replies and ticket updates land in the thread once, and move the status reaction.
import { type Conversation, createCore, type Store } from '@frontdesk/core';
import { createMemoryStore } from '@frontdesk/core/testing';
import { createSlackAdapter, type SlackAdapter } from '@frontdesk/slack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_TOKEN, SIGNING_SECRET, TEAM } from '../fakes/slack-payloads.js';
import { type FakeSlackWebApi, startFakeSlackWebApi } from '../fakes/slack-web-api.js';

let slack: FakeSlackWebApi;
let store: Store;
let adapter: SlackAdapter;
const silent = { debug() {}, info() {}, warn() {}, error() {} };

beforeAll(async () => {
  slack = await startFakeSlackWebApi({ token: BOT_TOKEN });
  store = createMemoryStore();
  const core = createCore({
    store,
    agentFor: () => ({ async *send() {} }),
    ticketSinkFor: () =>
      ({
        create: async () => {
          throw new Error('unused');
        },
        status: async () => undefined,
      }) as never,
    rateLimiter: { consume: async () => ({ allowed: true, limit: 0, remaining: 0, resetMs: 0 }) },
    defaultRateLimits: [],
  });
  adapter = createSlackAdapter({
    signingSecret: SIGNING_SECRET,
    botToken: BOT_TOKEN,
    apiUrl: slack.apiUrl,
    workspaceId: 'ws_a',
    botId: 'demo',
    core,
    store,
    logger: silent,
  });
});
afterAll(async () => {
  await adapter?.close();
  await slack?.close();
});

const conversation = (threadTs: string): Conversation => ({
  id: `conv_${threadTs}`,
  workspaceId: 'ws_a',
  botId: 'demo',
  channel: 'slack',
  channelKey: `slack:${TEAM}:C0500:${threadTs}`,
  requester: { id: 'U0500' },
  createdAt: 0,
  updatedAt: 0,
});

const ticket = (status: string) => ({
  id: 'TCK-42',
  type: 'support',
  status,
  priority: 'high',
  description: 'Export fails',
  createdDate: new Date(0).toISOString(),
  lastModifiedDate: new Date(0).toISOString(),
  url: 'https://desk.example.com/t/42',
});

describe('SlackAdapter.deliver', () => {
  it('posts a staff reply into the original thread exactly once', async () => {
    const target = conversation('1800000100.000100');
    const message = { id: 'out_1', kind: 'staff-reply' as const, text: 'We **fixed** the export.' };
    await adapter.deliver(target, message);
    await adapter.deliver(target, message);
    const posts = slack
      .callsTo('chat.postMessage')
      .filter((call) => call.args.thread_ts === '1800000100.000100');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.args.channel).toBe('C0500');
    expect(JSON.stringify(posts[0]?.args.blocks)).toContain('We *fixed* the export.');
  });

  it('shows ticket updates in the thread and moves the status reaction from eyes to a check mark', async () => {
    const root = '1800000200.000100';
    await adapter.deliver(conversation(root), {
      id: 'out_2',
      kind: 'ticket-update',
      text: 'Ticket opened',
      ticket: ticket('open'),
    });
    await store.saveTicketOrigin({
      ticketId: 'TCK-42',
      channelId: 'C0500',
      messageTs: root,
      statusEmoji: 'eyes',
      updatedAt: Date.now(),
    });
    await adapter.deliver(conversation(root), {
      id: 'out_3',
      kind: 'ticket-update',
      text: 'Resolved',
      ticket: ticket('resolved'),
    });
    const post = slack
      .callsTo('chat.postMessage')
      .find((call) => call.args.thread_ts === root && JSON.stringify(call.args.blocks).includes('resolved'));
    expect(JSON.stringify(post?.args.blocks)).toContain('<https://desk.example.com/t/42|TCK-42>');
    expect(slack.callsTo('reactions.remove').find((call) => call.args.timestamp === root)?.args.name).toBe(
      'eyes',
    );
    expect(slack.callsTo('reactions.add').find((call) => call.args.timestamp === root)?.args.name).toBe(
      'white_check_mark',
    );
  });

  it('lets a failed delivery be retried', async () => {
    const root = '1800000300.000100';
    slack.failNext('chat.postMessage', { error: 'channel_not_found' });
    const message = { id: 'out_4', kind: 'staff-reply' as const, text: 'Hello' };
    await expect(adapter.deliver(conversation(root), message)).rejects.toThrow();
    await adapter.deliver(conversation(root), message);
    expect(
      slack.callsTo('chat.postMessage').filter((call) => call.args.thread_ts === root && call.result),
    ).toHaveLength(1);
  });
});
