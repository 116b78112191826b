/**
 * The event-bus contract, run on the in-process bus, Redis and PostgreSQL LISTEN/NOTIFY. For the
 * shared buses, two buses stand for two instances: what one publishes the other's listeners hear,
 * and the web channel's delivery outcome says whether a widget on any instance got the message.
 */
import { type Conversation, createInProcessBus, type EventBus, type WidgetMessage } from '@frontdesk/core';
import { createPostgresBus } from '@frontdesk/services/bus/postgres-bus';
import { createRedisBus } from '@frontdesk/services/bus/redis-bus';
import { openRedis, type RedisClient } from '@frontdesk/services/bus/redis-client';
import { createWebDelivery } from '@frontdesk/web/web-delivery';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSchema, POSTGRES_TEST_URL, postgresReachable } from '../postgres-schema.js';
import { REDIS_TEST_URL, redisReachable } from '../redis-check.js';

const logger = pino({ level: 'silent' });
const conversation = { id: `conv_${Date.now()}`, channel: 'web' } as Conversation;

/** Resolves with the first payload `bus` hears on `topic` (or rejects after 3 s). */
function nextOn(bus: EventBus, topic: string): { payload: Promise<unknown>; ready: Promise<void> } {
  let stop: (() => void) | undefined;
  const payload = new Promise<unknown>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`nothing heard on ${topic}`)), 3000);
    stop = bus.subscribe(topic, (value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
  const unsubscribe = stop as unknown as { ready: Promise<void> } & (() => void);
  return { payload: payload.finally(unsubscribe), ready: unsubscribe.ready };
}

interface Pair {
  a: EventBus;
  b: EventBus;
  close(): Promise<void>;
}

function contract(name: string, open: () => Promise<Pair | undefined>) {
  describe(name, () => {
    let pair: Pair | undefined;
    beforeAll(async () => {
      pair = await open();
    });
    afterAll(async () => pair?.close());

    it('carries a JSON payload from one instance to a listener on the other', async (context) => {
      if (!pair) return context.skip();
      const heard = nextOn(pair.b, 'desk:ws_1');
      await heard.ready;
      await pair.a.publish('desk:ws_1', { type: 'ticket-created', ticket: { id: 't1', tags: ['a'] } });
      expect(await heard.payload).toEqual({ type: 'ticket-created', ticket: { id: 't1', tags: ['a'] } });
    });

    it('carries a payload far over the 8000 bytes of a PostgreSQL NOTIFY, emoji included, intact', async (context) => {
      if (!pair) return context.skip();
      const text = `${'Ünïcode and 🚀 emoji, '.repeat(2_000)}end`;
      const heard = nextOn(pair.b, 'web:long');
      await heard.ready;
      await pair.a.publish('web:long', { message: { text } });
      expect(await heard.payload).toEqual({ message: { text } });
    });

    it('keeps topics apart and stops after unsubscribe', async (context) => {
      if (!pair) return context.skip();
      const other: unknown[] = [];
      const stopOther = pair.b.subscribe('desk:ws_other', (payload) => other.push(payload));
      await stopOther.ready;
      const heard = nextOn(pair.b, 'desk:ws_2');
      await heard.ready;
      await pair.a.publish('desk:ws_2', { n: 1 });
      await heard.payload;
      stopOther();
      await pair.a.publish('desk:ws_other', { n: 2 });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(other).toEqual([]);
    });

    it('delivers a staff reply to a widget open on the other instance, and says so', async (context) => {
      if (!pair) return context.skip();
      const onA = createWebDelivery(() => 1, pair.a);
      const onB = createWebDelivery(() => 1, pair.b);
      const seen: WidgetMessage[] = [];
      const stop = onA.subscribe(conversation.id, (message) => seen.push(message));
      await stop.ready;
      const outcome = await onB.deliver(conversation, {
        id: `m_${name}_1`,
        kind: 'staff-reply',
        text: 'Fixed.',
      });
      expect(outcome).toBe('delivered');
      await expect.poll(() => seen.map((message) => message.text)).toEqual(['Fixed.']);
      stop();
    });

    it("says 'waiting' when no widget is open on any instance", async (context) => {
      if (!pair) return context.skip();
      const onB = createWebDelivery(() => 1, pair.b);
      const outcome = await onB.deliver(conversation, {
        id: `m_${name}_2`,
        kind: 'staff-reply',
        text: 'Later.',
      });
      expect(outcome).toBe('waiting');
    });
  });
}

contract('in-process bus', async () => {
  const bus = createInProcessBus();
  return { a: bus, b: bus, close: () => bus.close() };
});

contract('Redis bus', async () => {
  if (!(await redisReachable())) return undefined;
  const clients: RedisClient[] = [
    await openRedis(REDIS_TEST_URL, logger),
    await openRedis(REDIS_TEST_URL, logger),
  ];
  const [a, b] = await Promise.all(clients.map((client) => createRedisBus(client, logger)));
  return {
    a: a as EventBus,
    b: b as EventBus,
    async close() {
      await a?.close();
      await b?.close();
      for (const client of clients) await client.close();
    },
  };
});

describe('Redis bus after a dropped connection', () => {
  it('subscribes again by itself and keeps delivering', async (context) => {
    if (!(await redisReachable())) return context.skip();
    const client = await openRedis(REDIS_TEST_URL, logger);
    const bus = await createRedisBus(client, logger);
    try {
      const heard: unknown[] = [];
      const stop = bus.subscribe('desk:ws_reconnect', (payload) => heard.push(payload));
      await stop.ready;
      // Drop this process's subscriber connections (by their names), as a Redis restart would.
      const list = String(await client.sendCommand(['CLIENT', 'LIST', 'TYPE', 'pubsub']));
      const ours = list
        .split('\n')
        .filter((line) => line.includes(`name=frontdesk-bus-${process.pid}-`))
        .map((line) => /id=(\d+)/.exec(line)?.[1]);
      expect(ours.length).toBeGreaterThan(0);
      for (const id of ours) await client.sendCommand(['CLIENT', 'KILL', 'ID', String(id)]);
      await expect
        .poll(() => bus.publish('desk:ws_reconnect', { n: 1 }), { timeout: 5_000, interval: 100 })
        .toBe(1);
      await expect.poll(() => heard.length).toBeGreaterThan(0);
      stop();
    } finally {
      await bus.close();
      await client.close();
    }
  });
});

describe('PostgreSQL bus after a dropped connection', () => {
  it('connects and listens again by itself and keeps delivering', async (context) => {
    if (!(await postgresReachable())) return context.skip();
    const { schema, drop } = await createTestSchema();
    const url = `${POSTGRES_TEST_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    const listening = await createPostgresBus(url, logger);
    const sending = await createPostgresBus(url, logger);
    const admin = new pg.Client({ connectionString: POSTGRES_TEST_URL });
    await admin.connect();
    try {
      const heard: unknown[] = [];
      listening.subscribe('desk:ws_reconnect', (payload) => heard.push(payload));
      // Ends this process's bus connections, as a database restart or failover would.
      const killed = await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE $1',
        [`frontdesk-bus-${process.pid}-%`],
      );
      expect(killed.rowCount).toBeGreaterThanOrEqual(2);
      await expect
        .poll(
          async () => {
            await sending.publish('desk:ws_reconnect', { n: 1 }).catch(() => undefined);
            return heard.length;
          },
          { timeout: 8_000, interval: 300 },
        )
        .toBeGreaterThan(0);
    } finally {
      await admin.end();
      await listening.close();
      await sending.close();
      await drop();
    }
  });
});

contract('PostgreSQL LISTEN/NOTIFY bus', async () => {
  if (!(await postgresReachable())) return undefined;
  const { schema, drop } = await createTestSchema();
  const url = `${POSTGRES_TEST_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const a = await createPostgresBus(url, logger);
  const b = await createPostgresBus(url, logger);
  return {
    a,
    b,
    async close() {
      await a.close();
      await b.close();
      await drop();
    },
  };
});
