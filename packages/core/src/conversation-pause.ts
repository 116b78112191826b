/** Staff can pause the agent in one conversation (they took over); kept as a store marker. */
import type { ConversationStore } from './conversation-store.js';

/** A pause outlives any support thread; resuming removes it. */
const PAUSE_TTL_MS = 90 * 24 * 60 * 60 * 1000;

function pauseKey(conversationId: string): string {
  return `paused:${conversationId}`;
}

/** Pauses the agent in the conversation; true when this call paused it (it was not paused yet). */
export function pauseConversation(
  store: ConversationStore,
  conversationId: string,
  options: { by: string; now: number },
): Promise<boolean> {
  return store.claimMarker(
    { key: pauseKey(conversationId), value: options.by, expiresAt: options.now + PAUSE_TTL_MS },
    options.now,
  );
}

/** Lets the agent answer in the conversation again. */
export function resumeConversation(store: ConversationStore, conversationId: string): Promise<void> {
  return store.deleteMarker(pauseKey(conversationId));
}

/** True while staff have the conversation paused. */
export async function isConversationPaused(
  store: ConversationStore,
  conversationId: string,
  now: number,
): Promise<boolean> {
  return (await store.getMarker(pauseKey(conversationId), now)) !== undefined;
}
