import {
  botSettingsSchema,
  type Channel,
  type Conversation,
  createIdSource,
  type DeliveryPort,
  type OutgoingMessage,
  PermanentDeliveryError,
  type Store,
} from '@frontdesk/core';
import { createMemoryStore } from '@frontdesk/core/testing';
import pino from 'pino';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeliveryRouter } from './delivery-router.js';

const T0 = Date.UTC(2026, 0, 1);

function fakePort(channel: Channel, failures = 0) {
  const delivered: { conversationId: string; message: OutgoingMessage }[] = [];
  let remaining = failures;
  const port: DeliveryPort = {
    channel,
    async deliver(conversation, message) {
      if (remaining-- > 0) throw new Error(`${channel} is down`);
      delivered.push({ conversationId: conversation.id, message });
    },
  };
  return { port, delivered };
}

async function conversation(store: Store, id: string, channel: Channel): Promise<Conversation> {
  return store.createConversation({
    id,
    workspaceId: 'ws',
    botId: 'demo',
    channel,
    channelKey: `${channel}:${id}`,
    requester: null,
    createdAt: T0,
    updatedAt: T0,
  });
}

const message = (id: string): OutgoingMessage => ({ id, kind: 'staff-reply', text: `reply ${id}` });

describe('createDeliveryRouter', () => {
  let store: Store;
  let now: number;
  const clock = { now: () => now };

  beforeEach(async () => {
    now = T0;
    store = createMemoryStore();
    await store.createWorkspace({ id: 'ws', name: 'ws', createdAt: T0 });
    await store.saveBot({
      id: 'demo',
      workspaceId: 'ws',
      name: 'Demo',
      enabled: true,
      agent: { kind: 'embedded', knowledgeDir: 'x' },
      settings: botSettingsSchema.parse({}),
      createdAt: T0,
      updatedAt: T0,
    });
  });

  const router = (ports: DeliveryPort[], maxAttempts = 3, stopping?: () => boolean) =>
    createDeliveryRouter({
      store,
      clock,
      ids: createIdSource(),
      logger: pino({ level: 'silent' }),
      ports: () => ports,
      maxAttempts,
      baseDelayMs: 1000,
      ...(stopping ? { stopping } : {}),
    });

  it('leaves what it had not started due at once, unleased, when the instance stops mid-drain', async () => {
    let open: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const started: string[] = [];
    const slow: DeliveryPort = {
      channel: 'web',
      async deliver(_conversation, outgoing) {
        started.push(outgoing.id);
        await gate;
      },
    };
    let stopping = false;
    const subject = router([slow], 3, () => stopping);
    await conversation(store, 'c_web', 'web');
    for (let index = 0; index < 12; index++) {
      const id = `m${String(index).padStart(2, '0')}`;
      await store.enqueueOutbox({
        ...{ id: `out_${id}`, workspaceId: 'ws', kind: 'delivery', key: id, conversationId: 'c_web' },
        payload: JSON.stringify({ message: message(id) }),
        ...{ status: 'pending', attempts: 0, nextAttemptAt: T0, error: null, createdAt: T0, updatedAt: T0 },
      });
    }
    const draining = subject.drain();
    await vi.waitFor(() => expect(started).toHaveLength(8));
    stopping = true;
    open();
    expect(await draining).toBe(8);
    // The eight in flight finished; the four never started are due now, not after a 60 s lease.
    expect(started).toHaveLength(8);
    const left = await store.claimDueOutbox({ now: T0, leaseMs: 60_000, limit: 50 });
    expect(left.map((entry) => [entry.key, entry.attempts])).toEqual([
      ['m08', 0],
      ['m09', 0],
      ['m10', 0],
      ['m11', 0],
    ]);
    expect((await store.getOutboxByKey('ws', 'm00'))?.status).toBe('delivered');
  });

  it("picks the adapter of the conversation's channel and delivers a message id once", async () => {
    const web = fakePort('web');
    const slack = fakePort('slack');
    const subject = router([web.port, slack.port]);
    const inWeb = await conversation(store, 'c_web', 'web');
    const inSlack = await conversation(store, 'c_slack', 'slack');
    expect((await subject.send(inWeb, message('m1'))).status).toBe('delivered');
    await subject.send(inSlack, message('m2'));
    await subject.send(inWeb, message('m1'));
    await subject.drain();
    expect(web.delivered).toEqual([{ conversationId: 'c_web', message: message('m1') }]);
    expect(slack.delivered).toEqual([{ conversationId: 'c_slack', message: message('m2') }]);
  });

  it('retries a failed delivery with backoff until it goes through', async () => {
    const teams = fakePort('teams', 2);
    const subject = router([teams.port]);
    const inTeams = await conversation(store, 'c_teams', 'teams');
    const first = await subject.send(inTeams, message('m1'));
    expect(first).toMatchObject({ status: 'pending', attempts: 1, error: 'teams is down' });
    // Not due yet: nothing is tried.
    await subject.drain();
    expect((await store.getOutboxByKey('ws', 'm1'))?.attempts).toBe(1);
    now += 60_000;
    await subject.drain();
    now += 60_000;
    await subject.drain();
    expect(await store.getOutboxByKey('ws', 'm1')).toMatchObject({
      status: 'delivered',
      attempts: 3,
      error: null,
    });
    now += 60_000;
    await subject.drain();
    expect(teams.delivered).toHaveLength(1);
  });

  it('gives up after the last attempt and keeps the reason', async () => {
    const slack = fakePort('slack', 10);
    const subject = router([slack.port], 2);
    await subject.send(await conversation(store, 'c', 'slack'), message('m1'));
    now += 60_000;
    await subject.drain();
    expect(await store.getOutboxByKey('ws', 'm1')).toMatchObject({
      status: 'failed',
      attempts: 2,
      error: 'slack is down',
    });
  });

  it('marks a permanent failure failed at once, never retried and never delivered', async () => {
    let tries = 0;
    const gone: DeliveryPort = {
      channel: 'teams',
      async deliver() {
        tries += 1;
        // The bot was removed: a later attempt would "succeed" by doing nothing, which must never count.
        if (tries === 1) throw new PermanentDeliveryError('BotNotInConversationRoster', 'Teams refused');
      },
    };
    const subject = router([gone], 5);
    const entry = await subject.send(await conversation(store, 'c_gone', 'teams'), message('m1'));
    expect(entry).toMatchObject({ status: 'failed', attempts: 1, error: 'Teams refused' });
    now += 600_000;
    await subject.drain();
    expect(tries).toBe(1);
    expect((await store.getOutboxByKey('ws', 'm1'))?.status).toBe('failed');
  });

  it('marks a message to a channel without push as failed, saying why', async () => {
    const subject = router([fakePort('web').port]);
    const entry = await subject.send(await conversation(store, 'c_api', 'api'), message('m1'));
    expect(entry).toMatchObject({ status: 'failed', error: expect.stringContaining('api channel') });
  });
  it('records a permanent failure (the bot was removed from the team) as failed at once, with no retry', async () => {
    let attempts = 0;
    const teams: DeliveryPort = {
      channel: 'teams',
      async deliver() {
        attempts++;
        throw new PermanentDeliveryError(
          'BotNotInConversationRoster',
          'The bot is no longer in this conversation (403).',
        );
      },
    };
    const subject = router([teams], 8);
    const entry = await subject.send(await conversation(store, 'c-gone', 'teams'), message('m-gone'));
    expect(entry).toMatchObject({ status: 'failed', attempts: 1, error: expect.stringContaining('403') });
    now += 60 * 60_000;
    await subject.drain();
    expect(attempts).toBe(1);
  });

  it('says a message waits in the conversation when the channel has nobody to hand it to', async () => {
    const web: DeliveryPort = { channel: 'web', deliver: async () => 'waiting' };
    const subject = router([web]);
    const entry = await subject.send(await conversation(store, 'c-closed', 'web'), message('m-closed'));
    expect(entry).toMatchObject({ status: 'waiting', attempts: 1, error: null });
    now += 60 * 60_000;
    expect(await subject.drain()).toBe(0);
  });
});
