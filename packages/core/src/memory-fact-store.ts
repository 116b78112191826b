/** The durable-facts part of the in-memory Store: single messages, ended conversations, feedback and remote links. */
import type { ConversationStore } from './conversation-store.js';
import type { FeedbackRecord, FeedbackStore } from './feedback-store.js';
import type { Conversation, StoredMessage } from './records.js';
import type { RemoteConversationLink, RemoteConversationStore } from './remote-conversation-store.js';

export type MemoryFactPart = Pick<ConversationStore, 'getMessage' | 'endConversation'> &
  FeedbackStore &
  RemoteConversationStore;

const copy = <T>(value: T): T => structuredClone(value);

/** Facts over the store's own conversation and message maps; rows of deleted conversations read as gone. */
export function createMemoryFactPart(
  requireOpen: () => void,
  tables: {
    conversations: Map<string, Conversation>;
    messagesByConversation: Map<string, StoredMessage[]>;
  },
): MemoryFactPart {
  const feedback = new Map<string, FeedbackRecord>();
  const links = new Map<string, RemoteConversationLink>();
  const linkKey = (conversationId: string, agentKey: string) => `${conversationId}\u0000${agentKey}`;

  function findMessage(id: string): StoredMessage | undefined {
    for (const messages of tables.messagesByConversation.values()) {
      const found = messages.find((message) => message.id === id);
      if (found) return found;
    }
    return undefined;
  }

  return {
    async getMessage(id) {
      requireOpen();
      const found = findMessage(id);
      return found ? copy(found) : undefined;
    },
    async endConversation(id, endedAt) {
      requireOpen();
      const conversation = tables.conversations.get(id);
      if (!conversation) throw new Error(`No conversation ${id}.`);
      conversation.endedAt ??= endedAt;
    },
    async saveFeedback(record) {
      requireOpen();
      if (!findMessage(record.messageId)) throw new Error(`No message ${record.messageId}.`);
      feedback.set(record.messageId, copy(record));
    },
    async getFeedback(messageId) {
      requireOpen();
      const record = feedback.get(messageId);
      return record && findMessage(messageId) ? copy(record) : undefined;
    },
    async linkRemoteConversation(link) {
      requireOpen();
      if (!tables.conversations.has(link.conversationId)) {
        throw new Error(`No conversation ${link.conversationId}.`);
      }
      links.set(linkKey(link.conversationId, link.agentKey), copy(link));
    },
    async remoteConversationFor(conversationId, agentKey) {
      requireOpen();
      if (!tables.conversations.has(conversationId)) return undefined;
      return links.get(linkKey(conversationId, agentKey))?.remoteId;
    },
    async unlinkRemoteConversation(conversationId, agentKey) {
      requireOpen();
      links.delete(linkKey(conversationId, agentKey));
    },
  };
}
