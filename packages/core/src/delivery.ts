/** The port channels register to receive messages that are not replies (staff answers, ticket updates). */
import type { Conversation } from './records.js';
import type { Source, TicketDetails } from './wire.js';

export interface OutgoingMessage {
  /** Stable id; a channel that sees the same id twice delivers once. */
  id: string;
  kind: 'staff-reply' | 'ticket-update' | 'csat-question';
  text: string;
  sources?: Source[];
  ticket?: TicketDetails;
}

export interface DeliveryPort {
  /** The channel this port delivers to. */
  readonly channel: Conversation['channel'];
  deliver(conversation: Conversation, message: OutgoingMessage): Promise<void>;
}
