/**
 * Staff presence for the web channel: "staff is typing" and "staff read the conversation",
 * handed to the conversation's open widget streams on every instance through the event bus (like
 * the web delivery's fan-out); a read is also kept as a marker, so a widget that connects later
 * still sees it.
 */
import { type ConversationStore, createInProcessBus, type EventBus, type Unsubscribe } from '@frontdesk/core';

export type PresenceSignal = { type: 'typing' } | { type: 'read'; at: number };
export type PresenceListener = (signal: PresenceSignal) => void;

export interface Presence {
  /** Resolves once the bus took the signal (it is live only: nobody listening, nothing kept). */
  publish(conversationId: string, signal: PresenceSignal): Promise<void>;
  /** `ready` resolves once the bus confirmed the subscription (Redis SUBSCRIBE). */
  subscribe(conversationId: string, listener: PresenceListener): Unsubscribe;
}

const topicOf = (conversationId: string) => `presence:${conversationId}`;

/** Signals over `bus` (default: this process only), so staff on any instance reach any widget. */
export function createPresence(bus: EventBus = createInProcessBus()): Presence {
  return {
    async publish(conversationId, signal) {
      await bus.publish(topicOf(conversationId), signal);
    },
    subscribe(conversationId, listener) {
      return bus.subscribe(topicOf(conversationId), (payload) => listener(payload as PresenceSignal));
    },
  };
}

/** Kept as long as an ended conversation's mark: for as long as anyone could look. */
const READ_TTL_MS = 5 * 365 * 24 * 60 * 60 * 1000;
const readKey = (conversationId: string) => `staff-read:${conversationId}`;

export function markRead(store: ConversationStore, conversationId: string, now: number): Promise<void> {
  return store.putMarker({ key: readKey(conversationId), value: String(now), expiresAt: now + READ_TTL_MS });
}

/**
 * When staff last opened the conversation, if that was after the visitor's latest message (a
 * newer message is unread again).
 */
export async function readSince(
  store: ConversationStore,
  conversationId: string,
  now: number,
): Promise<number | undefined> {
  const marker = await store.getMarker(readKey(conversationId), now);
  if (!marker) return undefined;
  const at = Number(marker.value);
  const recent = await store.listMessages(conversationId, { limit: 200 });
  const lastFromVisitor = recent.filter((message) => message.role === 'user').at(-1);
  return !lastFromVisitor || lastFromVisitor.createdAt <= at ? at : undefined;
}
