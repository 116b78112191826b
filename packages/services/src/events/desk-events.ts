/** Desk events (new tickets, ticket changes, new messages and internal notes) for `/v1/events` listeners, over the event bus. */
import {
  type ConversationNote,
  createInProcessBus,
  type EventBus,
  type StoredMessage,
  type Ticket,
} from '@frontdesk/core';

/** What the console hears about: the record as stored, tagged with what happened. */
export type DeskEvent =
  | { type: 'ticket-created'; ticket: Ticket }
  | { type: 'ticket-updated'; ticket: Ticket }
  | { type: 'message-created'; message: StoredMessage }
  | { type: 'note-created'; note: ConversationNote };

export type DeskEventListener = (event: DeskEvent) => void;

export interface DeskEvents {
  /** Tells every listener of the record's workspace, on every instance; never throws (failures go to `onError`). */
  publish(event: DeskEvent): void;
  /** Listens to one workspace's events; returns the unsubscribe function. */
  subscribe(workspaceId: string, listener: DeskEventListener): () => void;
}

function workspaceOf(event: DeskEvent): string {
  if (event.type === 'message-created') return event.message.workspaceId;
  if (event.type === 'note-created') return event.note.workspaceId;
  return event.ticket.workspaceId;
}

/** Desk events on `bus` (default: in this process only), one topic per workspace. */
export function createDeskEvents(
  bus: EventBus = createInProcessBus(),
  onError: (error: unknown) => void = () => {},
): DeskEvents {
  return {
    publish(event) {
      // The write already happened: a bus that is down must not fail it.
      bus.publish(`desk:${workspaceOf(event)}`, event).catch(onError);
    },
    subscribe(workspaceId, listener) {
      return bus.subscribe(`desk:${workspaceId}`, (payload) => listener(payload as DeskEvent));
    },
  };
}
