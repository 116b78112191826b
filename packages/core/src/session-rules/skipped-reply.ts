/** The reply when a bot's rules keep it silent: the message is kept, the reply ends empty. */
import type { Clock } from '../clock.js';
import type { IdSource } from '../id-source.js';
import type { IncomingMessage, Reply } from '../incoming-message.js';
import type { Conversation } from '../records.js';
import type { Store } from '../store.js';
import type { ReplyEvent } from '../wire.js';
import type { SkipReason } from './decide-session.js';

/**
 * Stores what the person (or staff) wrote — except a debounced message, which is stored joined
 * with the others when answered — and returns a reply whose only event ends it with no answer.
 */
export async function skippedReply(
  deps: { store: Store; clock: Clock; ids: IdSource },
  conversation: Conversation,
  message: IncomingMessage,
  reason: SkipReason,
): Promise<Reply> {
  if (reason !== 'debounced') {
    await deps.store.appendMessage({
      id: deps.ids.id('msg'),
      workspaceId: conversation.workspaceId,
      conversationId: conversation.id,
      role: message.fromStaff ? 'staff' : 'user',
      text: message.text,
      sources: [],
      ticketId: null,
      createdAt: deps.clock.now(),
    });
  }
  const data = { answers: '', sources: [], conversationId: conversation.id };
  async function* events(): AsyncGenerator<ReplyEvent> {
    yield { type: 'message-end', data };
  }
  return {
    duplicate: false,
    replayed: false,
    skipped: reason,
    conversationId: conversation.id,
    rateLimit: null,
    events: events(),
  };
}
