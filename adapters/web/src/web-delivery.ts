/** The web channel's DeliveryPort: hands later messages (staff replies, ticket updates) to open widget streams. */
import {
  type Conversation,
  createInProcessBus,
  type DeliveryOutcome,
  type DeliveryPort,
  type EventBus,
  type OutgoingMessage,
  replyActionsFor,
  type Unsubscribe,
  type WidgetMessage,
} from '@frontdesk/core';

export type WidgetListener = (message: WidgetMessage) => void;

export interface WebDelivery extends DeliveryPort {
  /** Calls `listener` for every message delivered to the conversation (from any instance) until the returned function runs. */
  subscribe(conversationId: string, listener: WidgetListener): Unsubscribe;
  /** True while at least one widget on this instance listens to the conversation. */
  listening(conversationId: string): boolean;
  /** Open subscriptions on this instance, for tests and the bench. */
  subscriberCount(): number;
}

/** How long a delivery waits for a listener somewhere to acknowledge, on a bus that cannot count them. */
const ACK_WAIT_MS = 1_000;

/** What travels on the bus: the message, and where to acknowledge it when the bus cannot count. */
interface Envelope {
  message: WidgetMessage;
  ack?: string;
}

/**
 * Fan-out over `bus` (default: this process only): a widget stream on one instance receives what
 * another instance delivers. The outcome is 'delivered' only when a listener somewhere received
 * the message; otherwise it is 'waiting' (in the transcript, shown when the visitor returns).
 */
export function createWebDelivery(
  now: () => number = Date.now,
  bus: EventBus = createInProcessBus(),
): WebDelivery {
  const local = new Map<string, number>();
  // Delivery ids seen recently: a retried delivery must not show twice.
  const seen = new Set<string>();

  async function publishAcknowledged(topic: string, message: WidgetMessage): Promise<boolean> {
    const ackTopic = `web-ack:${message.id}`;
    let heard!: () => void;
    const acknowledged = new Promise<void>((resolve) => {
      heard = resolve;
    });
    const stop = bus.subscribe(ackTopic, () => heard());
    try {
      await stop.ready;
      await bus.publish(topic, { message, ack: ackTopic } satisfies Envelope);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), ACK_WAIT_MS);
      });
      const result = await Promise.race([acknowledged.then(() => true), timeout]);
      clearTimeout(timer);
      return result;
    } finally {
      stop();
    }
  }

  return {
    channel: 'web',
    async deliver(
      conversation: Conversation,
      message: OutgoingMessage,
    ): Promise<DeliveryOutcome | undefined> {
      if (seen.has(message.id)) return undefined;
      const actions = replyActionsFor(message.text);
      const widgetMessage: WidgetMessage = {
        id: message.id,
        role: message.kind === 'staff-reply' ? 'staff' : 'system',
        text: message.text,
        sources: message.sources ?? [],
        ...(message.ticket ? { ticket: message.ticket } : {}),
        ...(actions.length > 0 ? { actions } : {}),
        createdAt: now(),
      };
      const topic = `web:${conversation.id}`;
      // A bus that cannot count (PostgreSQL NOTIFY) asks listeners to acknowledge instead.
      const heard = bus.countsReceivers
        ? ((await bus.publish(topic, { message: widgetMessage } satisfies Envelope)) ?? 0) > 0
        : await publishAcknowledged(topic, widgetMessage);
      seen.add(message.id);
      if (seen.size > 10_000) seen.delete(seen.values().next().value as string);
      // Nobody has the widget open: the message waits in the transcript, shown when the visitor returns.
      return heard ? 'delivered' : 'waiting';
    },
    subscribe(conversationId, listener) {
      local.set(conversationId, (local.get(conversationId) ?? 0) + 1);
      const stop = bus.subscribe(`web:${conversationId}`, (payload) => {
        const envelope = payload as Envelope;
        listener(envelope.message);
        if (envelope.ack) bus.publish(envelope.ack, true).catch(() => {});
      });
      let done = false;
      const unsubscribe = () => {
        if (done) return;
        done = true;
        stop();
        const left = (local.get(conversationId) ?? 1) - 1;
        if (left > 0) local.set(conversationId, left);
        else local.delete(conversationId);
      };
      return Object.assign(unsubscribe, { ready: stop.ready });
    },
    listening(conversationId) {
      return (local.get(conversationId) ?? 0) > 0;
    },
    subscriberCount() {
      let count = 0;
      for (const value of local.values()) count += value;
      return count;
    },
  };
}
