/** A person's verdict on one answer ("helpful" or not), kept per message as a store marker. */
import type { ConversationStore } from './conversation-store.js';

export type MessageFeedback = 'helpful' | 'not-helpful';

/** Feedback is kept for reporting long after the conversation ends. */
const FEEDBACK_TTL_MS = 365 * 24 * 60 * 60 * 1000;

function feedbackKey(messageId: string): string {
  return `feedback:${messageId}`;
}

/** Stores (or replaces) the feedback on an answer; the last verdict counts. */
export function recordFeedback(
  store: ConversationStore,
  options: { messageId: string; feedback: MessageFeedback; by: string; now: number },
): Promise<void> {
  return store.putMarker({
    key: feedbackKey(options.messageId),
    value: JSON.stringify({ feedback: options.feedback, by: options.by, at: options.now }),
    expiresAt: options.now + FEEDBACK_TTL_MS,
  });
}

/** The feedback stored on an answer, if any. */
export async function getFeedback(
  store: ConversationStore,
  messageId: string,
  now: number,
): Promise<{ feedback: MessageFeedback; by: string; at: number } | undefined> {
  const marker = await store.getMarker(feedbackKey(messageId), now);
  return marker ? JSON.parse(marker.value) : undefined;
}
