/** The port that keeps conversations, messages, tickets and markers. SQL in packages/store. */
import type { Conversation, Requester, StoredMessage, Ticket } from './records.js';

/**
 * A short-lived claim with a value and an expiry, e.g. a dedupe marker or an idempotent response;
 * purged once expired. Durable facts have tables of their own (feedback, remote links, ended conversations).
 */
export interface Marker {
  key: string;
  value: string;
  expiresAt: number;
}

export interface ConversationStore {
  /**
   * Inserts the conversation, unless one with the same workspace, bot and channel key exists
   * (two first messages in one thread can race); returns the stored one either way.
   */
  createConversation(conversation: Conversation): Promise<Conversation>;
  getConversation(id: string): Promise<Conversation | undefined>;
  findConversationByChannelKey(
    workspaceId: string,
    botId: string,
    channelKey: string,
  ): Promise<Conversation | undefined>;
  /**
   * The bot's conversations whose channel key starts with `prefix` (e.g. a visitor's
   * `web:{visitorId}:`), latest activity first, at most `limit` (default 50).
   */
  listConversationsByChannelKeyPrefix(
    workspaceId: string,
    botId: string,
    prefix: string,
    options?: { limit?: number },
  ): Promise<Conversation[]>;

  /**
   * Records who is asking (e.g. the e-mail a web visitor left) on the conversation and on the
   * tickets it opened, so staff see the requester wherever they look.
   */
  setRequester(conversationId: string, requester: Requester, updatedAt: number): Promise<void>;

  /** Appends a message and moves its conversation's `updatedAt` to the message's time, in one write. */
  appendMessage(message: StoredMessage): Promise<void>;
  /** The latest `limit` messages of a conversation, oldest first. */
  listMessages(conversationId: string, options?: { limit?: number }): Promise<StoredMessage[]>;
  /** One message by its id (e.g. the answer a feedback button names). */
  getMessage(id: string): Promise<StoredMessage | undefined>;
  /** Marks a conversation ended by its requester (the widget's "End conversation"); the first end counts. */
  endConversation(id: string, endedAt: number): Promise<void>;

  /** Inserts the ticket unless one with its idempotency key exists; returns the stored one. */
  insertTicket(ticket: Ticket): Promise<Ticket>;
  getTicket(id: string): Promise<Ticket | undefined>;
  findTicketByIdempotencyKey(workspaceId: string, key: string): Promise<Ticket | undefined>;
  /** The ticket a remote system (`sink`: `jira`, `servicenow`, `webhook`) knows as `externalId`. */
  findTicketByExternalId(workspaceId: string, sink: string, externalId: string): Promise<Ticket | undefined>;
  updateTicket(
    id: string,
    changes: Partial<
      Pick<Ticket, 'status' | 'priority' | 'url' | 'externalId' | 'displayId' | 'assignee' | 'groupId'>
    > & {
      updatedAt: number;
    },
  ): Promise<void>;

  /** Sets the marker if no unexpired marker has the key; true when this call set it. */
  claimMarker(marker: Marker, now: number): Promise<boolean>;
  /** The marker if it exists and has not expired. */
  getMarker(key: string, now: number): Promise<Marker | undefined>;
  /** Overwrites a marker's value and expiry. */
  putMarker(marker: Marker): Promise<void>;
  deleteMarker(key: string): Promise<void>;
  /** Removes expired markers; returns how many went. */
  purgeExpiredMarkers(now: number): Promise<number>;
}
