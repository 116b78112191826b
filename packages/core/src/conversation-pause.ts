/** Staff can pause the agent in one conversation (they took over): the conversation's session is `paused`. */
import type { ConversationStore } from './conversation-store.js';
import { setConversationSession } from './session-rules/session-admin.js';
import type { SessionStore } from './session-store.js';

type PauseStore = ConversationStore & SessionStore;

/** Pauses the agent in the conversation; true when this call paused it (it was not paused yet). */
export async function pauseConversation(
  store: PauseStore,
  conversationId: string,
  options: { by: string; now: number },
): Promise<boolean> {
  const changed = await setConversationSession(store, conversationId, 'pause', {
    ...options,
    newId: `sess_${conversationId}`,
  });
  return changed !== undefined && changed.before?.status !== 'paused';
}

/** Lets the agent answer in the conversation again. */
export async function resumeConversation(
  store: PauseStore,
  conversationId: string,
  now = Date.now(),
): Promise<void> {
  const conversation = await store.getConversation(conversationId);
  if (!conversation) return;
  const session = await store.getSession(
    conversation.workspaceId,
    conversation.botId,
    conversation.channelKey,
  );
  if (session?.status !== 'paused') return;
  await setConversationSession(store, conversationId, 'open', { by: 'staff', now, newId: session.id });
}

/** True while staff have the conversation paused. */
export async function isConversationPaused(
  store: PauseStore,
  conversationId: string,
  _now: number,
): Promise<boolean> {
  const conversation = await store.getConversation(conversationId);
  if (!conversation) return false;
  const session = await store.getSession(
    conversation.workspaceId,
    conversation.botId,
    conversation.channelKey,
  );
  return session?.status === 'paused';
}
