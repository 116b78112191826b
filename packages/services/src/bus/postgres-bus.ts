/** The event bus on PostgreSQL LISTEN/NOTIFY, for several instances sharing a database but no Redis. */

import { randomBytes } from 'node:crypto';
import { type EventBus, notifyListeners, TopicListeners } from '@frontdesk/core';
import pg from 'pg';
import type { Logger } from 'pino';
import { createNotifyJoiner, splitNotify } from './notify-parts.js';

const RECONNECT_MS = 1_000;

/**
 * One connection per instance LISTENs on a channel named after the database schema (NOTIFY is
 * database-wide, so two deployments in one database stay apart) and also sends the NOTIFYs.
 * PostgreSQL does not say who heard a NOTIFY, so `publish` resolves with `undefined`. Messages
 * over NOTIFY's 8000-byte limit go as parts (see notify-parts.ts).
 */
export async function createPostgresBus(databaseUrl: string, logger: Logger): Promise<EventBus> {
  const listeners = new TopicListeners();
  let closed = false;
  let channel = 'frontdesk';
  const joiner = createNotifyJoiner();
  // Named, so an operator can tell the connection in pg_stat_activity (and the tests can find it).
  const applicationName = `frontdesk-bus-${process.pid}-${randomBytes(3).toString('hex')}`;
  let reconnecting = false;
  let client: pg.Client | undefined;
  client = await connect();

  async function connect(): Promise<pg.Client> {
    const next = new pg.Client({
      connectionString: databaseUrl,
      connectionTimeoutMillis: 10_000,
      application_name: applicationName,
    });
    // Without a listener a failed connection's error would be thrown from the event emitter.
    next.on('error', (error) => {
      if (next !== client || closed) return;
      logger.warn({ err: error }, 'event bus: PostgreSQL connection lost; reconnecting');
      reconnect();
    });
    try {
      await next.connect();
    } catch (error) {
      await next.end().catch(() => {});
      throw error;
    }
    const schema = await next.query<{ schema: string }>('SELECT current_schema() AS schema');
    channel = `frontdesk:${schema.rows[0]?.schema ?? 'public'}`.slice(0, 63);
    next.on('notification', (note) => {
      if (note.channel !== channel || !note.payload) return;
      try {
        const whole = joiner.accept(note.payload);
        if (whole === undefined) return;
        const { topic, payload } = JSON.parse(whole) as { topic: string; payload: unknown };
        notifyListeners(listeners.get(topic), payload);
      } catch {
        logger.warn('event bus: a notification that is not JSON was dropped');
      }
    });
    await next.query(`LISTEN ${quote(channel)}`);
    return next;
  }

  /** Every second until it works: messages sent meanwhile are missed (widgets catch up on reconnect). */
  function reconnect() {
    if (closed || reconnecting) return;
    reconnecting = true;
    client?.end().catch(() => {});
    setTimeout(() => {
      connect().then(
        (next) => {
          reconnecting = false;
          if (closed) return void next.end().catch(() => {});
          client = next;
        },
        () => {
          reconnecting = false;
          reconnect();
        },
      );
    }, RECONNECT_MS).unref();
  }

  return {
    countsReceivers: false,
    async publish(topic, payload) {
      const parts = splitNotify(JSON.stringify({ topic, payload }));
      // One statement: the parts leave together when it commits (listeners put them back in order).
      await (client as pg.Client).query(
        'SELECT pg_notify($1, part) FROM unnest($2::text[]) WITH ORDINALITY AS t(part, n) ORDER BY n',
        [channel, parts],
      );
      return undefined;
    },
    subscribe(topic, listener) {
      listeners.add(topic, listener);
      // LISTEN covers every topic from the start: a subscriber is live at once.
      return Object.assign(() => void listeners.remove(topic, listener), { ready: Promise.resolve() });
    },
    async close() {
      closed = true;
      await client?.end().catch(() => {});
    },
  };
}

function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}
