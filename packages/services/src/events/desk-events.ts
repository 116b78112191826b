/** The in-process fan-out of desk events (new tickets, ticket changes, new messages) to `/v1/events` listeners. */
import type { StoredMessage, Ticket } from '@frontdesk/core';

/** What the console hears about: the record as stored, tagged with what happened. */
export type DeskEvent =
  | { type: 'ticket-created'; ticket: Ticket }
  | { type: 'ticket-updated'; ticket: Ticket }
  | { type: 'message-created'; message: StoredMessage };

export type DeskEventListener = (event: DeskEvent) => void;

export interface DeskEvents {
  /** Tells every listener of the record's workspace; a throwing listener does not stop the others. */
  publish(event: DeskEvent): void;
  /** Listens to one workspace's events; returns the unsubscribe function. */
  subscribe(workspaceId: string, listener: DeskEventListener): () => void;
}

function workspaceOf(event: DeskEvent): string {
  return event.type === 'message-created' ? event.message.workspaceId : event.ticket.workspaceId;
}

/** A new emitter with no listeners. */
export function createDeskEvents(): DeskEvents {
  const listeners = new Map<string, Set<DeskEventListener>>();
  return {
    publish(event) {
      for (const listener of [...(listeners.get(workspaceOf(event)) ?? [])]) {
        try {
          listener(event);
        } catch {
          // One broken stream must not keep the event from the others, nor fail the write.
        }
      }
    },
    subscribe(workspaceId, listener) {
      const set = listeners.get(workspaceId) ?? new Set();
      set.add(listener);
      listeners.set(workspaceId, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(workspaceId);
      };
    },
  };
}
