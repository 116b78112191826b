/** Changing a session's status from outside the pipeline: staff in a channel, the API, the CLI. */
import type { ConversationStore } from '../conversation-store.js';
import type { Session, SessionStatus, SessionStore } from '../session-store.js';

export type SessionAction = 'open' | 'pause' | 'close';

const STATUS_OF: Record<SessionAction, SessionStatus> = { open: 'opened', pause: 'paused', close: 'closed' };

/** The session with its status changed by `action`; `by` is recorded for a pause. */
export function withStatus(
  session: Session,
  action: SessionAction,
  options: { by: string; now: number },
): Session {
  const status = STATUS_OF[action];
  return {
    ...session,
    status,
    pausedBy: status === 'paused' ? options.by : null,
    // Reopening counts as activity, so an `expire` does not close it again at once.
    lastActivityAt: status === 'opened' ? options.now : session.lastActivityAt,
    updatedAt: options.now,
  };
}

/**
 * Sets the status of the bot's session in a conversation, creating the session if the
 * conversation has none yet. Returns the session before and after, or undefined for an unknown
 * conversation.
 */
export async function setConversationSession(
  store: ConversationStore & SessionStore,
  conversationId: string,
  action: SessionAction,
  options: { by: string; now: number; newId: string },
): Promise<{ before: Session | undefined; after: Session } | undefined> {
  const conversation = await store.getConversation(conversationId);
  if (!conversation) return undefined;
  const before = await store.getSession(
    conversation.workspaceId,
    conversation.botId,
    conversation.channelKey,
  );
  const base: Session = before ?? {
    id: options.newId,
    workspaceId: conversation.workspaceId,
    botId: conversation.botId,
    channelKey: conversation.channelKey,
    conversationId,
    status: 'opened',
    pausedBy: null,
    lastActivityAt: options.now,
    createdAt: options.now,
    updatedAt: options.now,
  };
  const after = withStatus(base, action, options);
  await store.saveSession(after);
  return { before, after };
}
