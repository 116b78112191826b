/**
 * The port of remote conversation links: the id an Enjo-compatible remote agent gave one of our
 * conversations, so follow-ups continue the same remote conversation (a durable fact, its own table).
 */

export interface RemoteConversationLink {
  workspaceId: string;
  conversationId: string;
  /** Names the remote agent (its base URL and bot id): another agent starts afresh. */
  agentKey: string;
  remoteId: string;
  createdAt: number;
}

export interface RemoteConversationStore {
  /** Links (or re-links) the conversation to the remote agent's conversation. */
  linkRemoteConversation(link: RemoteConversationLink): Promise<void>;
  remoteConversationFor(conversationId: string, agentKey: string): Promise<string | undefined>;
  unlinkRemoteConversation(conversationId: string, agentKey: string): Promise<void>;
}
