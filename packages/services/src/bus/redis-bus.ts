/** The event bus on Redis pub/sub: one channel per topic, subscribed while this instance has listeners. */
import { randomBytes } from 'node:crypto';
import { type EventBus, notifyListeners, TopicListeners } from '@frontdesk/core';
import type { Logger } from 'pino';
import type { RedisClient } from './redis-client.js';

/**
 * `client` publishes; a duplicate connection subscribes (a subscribed connection can do nothing
 * else). Because an instance subscribes to a topic only while it has listeners, the count PUBLISH
 * returns is the number of instances that have one: 0 means nobody anywhere is listening.
 */
export async function createRedisBus(
  client: RedisClient,
  logger: Logger,
  prefix = 'frontdesk',
): Promise<EventBus> {
  const PREFIX = `${prefix}:`;
  // Named, so an operator can tell the connection in CLIENT LIST (and the tests can find it).
  const subscriber = client.duplicate({
    name: `frontdesk-bus-${process.pid}-${randomBytes(3).toString('hex')}`,
  });
  subscriber.on('error', (error: unknown) => logger.warn({ err: error }, 'Redis subscriber error'));
  await subscriber.connect();
  const listeners = new TopicListeners();
  const subscribed = new Map<string, Promise<void>>();

  const onMessage = (message: string, channel: string) => {
    const topic = channel.slice(PREFIX.length);
    let payload: unknown;
    try {
      payload = JSON.parse(message);
    } catch {
      return logger.warn({ channel }, 'event bus: a message that is not JSON was dropped');
    }
    notifyListeners(listeners.get(topic), payload);
  };

  return {
    countsReceivers: true,
    async publish(topic, payload) {
      return client.publish(PREFIX + topic, JSON.stringify(payload));
    },
    subscribe(topic, listener) {
      if (listeners.add(topic, listener)) {
        const ready = subscriber.subscribe(PREFIX + topic, onMessage).catch((error: unknown) => {
          logger.warn({ err: error, topic }, 'event bus: subscribe failed');
        });
        subscribed.set(topic, ready);
      }
      const ready = subscribed.get(topic) ?? Promise.resolve();
      const unsubscribe = () => {
        if (!listeners.remove(topic, listener)) return;
        subscribed.delete(topic);
        subscriber.unsubscribe(PREFIX + topic, onMessage).catch((error: unknown) => {
          logger.warn({ err: error, topic }, 'event bus: unsubscribe failed');
        });
      };
      return Object.assign(unsubscribe, { ready });
    },
    async close() {
      if (subscriber.isOpen) await subscriber.close();
    },
  };
}
