/** The web channel's DeliveryPort: hands later messages (staff replies, ticket updates) to open widget streams. */
import {
  type Conversation,
  type DeliveryOutcome,
  type DeliveryPort,
  type OutgoingMessage,
  replyActionsFor,
  type WidgetMessage,
} from '@frontdesk/core';

export type WidgetListener = (message: WidgetMessage) => void;

export interface WebDelivery extends DeliveryPort {
  /** Calls `listener` for every message delivered to the conversation until the returned function runs. */
  subscribe(conversationId: string, listener: WidgetListener): () => void;
  /** True while at least one widget listens to the conversation (the visitor is there). */
  listening(conversationId: string): boolean;
  /** Open subscriptions, for tests and the bench. */
  subscriberCount(): number;
}

/** In one process: fan-out to this instance's open streams (several instances need a shared bus). */
export function createWebDelivery(now: () => number = Date.now): WebDelivery {
  const listeners = new Map<string, Set<WidgetListener>>();
  // Delivery ids seen recently: a retried delivery must not show twice.
  const seen = new Set<string>();

  return {
    channel: 'web',
    async deliver(
      conversation: Conversation,
      message: OutgoingMessage,
    ): Promise<DeliveryOutcome | undefined> {
      if (seen.has(message.id)) return undefined;
      seen.add(message.id);
      if (seen.size > 10_000) seen.delete(seen.values().next().value as string);
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
      const open = listeners.get(conversation.id);
      // Nobody has the widget open: the message waits in the transcript, shown when the visitor returns.
      if (!open || open.size === 0) return 'waiting';
      for (const listener of open) listener(widgetMessage);
      return 'delivered';
    },
    subscribe(conversationId, listener) {
      let set = listeners.get(conversationId);
      if (!set) {
        set = new Set();
        listeners.set(conversationId, set);
      }
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(conversationId);
      };
    },
    listening(conversationId) {
      return (listeners.get(conversationId)?.size ?? 0) > 0;
    },
    subscriberCount() {
      let count = 0;
      for (const set of listeners.values()) count += set.size;
      return count;
    },
  };
}
