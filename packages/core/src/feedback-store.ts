/** The port of message feedback: a person's verdict on one answer, kept for reports (a durable fact, its own table). */

export type MessageFeedback = 'helpful' | 'not-helpful';

export interface FeedbackRecord {
  messageId: string;
  workspaceId: string;
  conversationId: string;
  feedback: MessageFeedback;
  /** Who gave it, e.g. `web:{visitorId}` or a Teams user id. */
  by: string;
  createdAt: number;
}

export interface FeedbackStore {
  /** Stores the feedback on an answer, replacing an earlier one: the last verdict counts. */
  saveFeedback(record: FeedbackRecord): Promise<void>;
  getFeedback(messageId: string): Promise<FeedbackRecord | undefined>;
}
