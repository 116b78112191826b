/** A store decorator that publishes desk events once `insertTicket`, `updateTicket` and `appendMessage` succeed. */
import type { Store } from '@frontdesk/core';
import type { DeskEvents } from './desk-events.js';

/**
 * Wraps `store` so every ticket and message write, wherever it comes from (the core, a ticket sink,
 * a staff route), reaches the console's live stream. Every other method is the store's own.
 */
export function publishingStore(store: Store, events: DeskEvents): Store {
  const overrides: Partial<Store> = {
    async insertTicket(ticket) {
      const stored = await store.insertTicket(ticket);
      // An existing ticket with the same idempotency key comes back under its own id: nothing new.
      if (stored.id === ticket.id) events.publish({ type: 'ticket-created', ticket: stored });
      return stored;
    },
    async updateTicket(id, changes) {
      await store.updateTicket(id, changes);
      const ticket = await store.getTicket(id);
      if (ticket) events.publish({ type: 'ticket-updated', ticket });
    },
    async appendMessage(message) {
      await store.appendMessage(message);
      events.publish({ type: 'message-created', message });
    },
  };
  return new Proxy(store, {
    get(target, property, receiver) {
      if (typeof property === 'string' && property in overrides) {
        return overrides[property as keyof Store];
      }
      const value = Reflect.get(target, property, receiver);
      // Class-based stores need their methods bound to themselves, not to the proxy.
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
