/** A person's verdict on one answer ("helpful" or not), from any channel, kept in the feedback table. */
import type { ConversationStore } from './conversation-store.js';
import { NotFoundError } from './errors.js';
import type { FeedbackStore, MessageFeedback } from './feedback-store.js';

export type { MessageFeedback } from './feedback-store.js';

/** Stores (or replaces) the feedback on an answer; the last verdict counts. A 404 for an unknown message. */
export async function recordFeedback(
  store: Pick<ConversationStore, 'getMessage'> & FeedbackStore,
  options: { messageId: string; feedback: MessageFeedback; by: string; now: number },
): Promise<void> {
  const message = await store.getMessage(options.messageId);
  if (!message) throw new NotFoundError('No such message.');
  await store.saveFeedback({
    messageId: message.id,
    workspaceId: message.workspaceId,
    conversationId: message.conversationId,
    feedback: options.feedback,
    by: options.by,
    createdAt: options.now,
  });
}

/** The feedback stored on an answer, if any. */
export async function getFeedback(
  store: FeedbackStore,
  messageId: string,
): Promise<{ feedback: MessageFeedback; by: string; at: number } | undefined> {
  const record = await store.getFeedback(messageId);
  return record ? { feedback: record.feedback, by: record.by, at: record.createdAt } : undefined;
}
