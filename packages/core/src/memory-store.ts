/** An in-memory Store for unit tests; keeps the same keys and references as the SQL store. */
import { createMemoryAccountSecretPart } from './memory-account-secret-store.js';
import { createMemoryAnalyticsPart } from './memory-analytics-store.js';
import { createMemoryChannelPart } from './memory-channel-store.js';
import { createMemoryCredentialPart } from './memory-credential-store.js';
import { createMemoryDeskPart } from './memory-desk-store.js';
import { createMemoryDeskWorkPart } from './memory-desk-work-store.js';
import { createMemoryFactPart } from './memory-fact-store.js';
import { createMemoryMarkerPart } from './memory-marker-store.js';
import { createMemoryMemberPart } from './memory-member-store.js';
import { createMemoryOutboxPart } from './memory-outbox-store.js';
import { createMemoryRequestLogPart } from './memory-request-log-store.js';
import { createMemorySessionPart } from './memory-session-store.js';
import { createMemoryTicketPart } from './memory-ticket-store.js';
import { createMemoryUploadPart } from './memory-upload-store.js';
import { createMemoryWorkspaceAdminPart } from './memory-workspace-admin.js';
import type { Bot, Conversation, StoredMessage, Ticket, Token, Workspace } from './records.js';
import type { Store } from './store.js';

/** Rows are copied on the way in and out, so callers never hold the stored objects. */
const copy = <T>(value: T): T => structuredClone(value);
const botKey = (workspaceId: string, botId: string): string => `${workspaceId}\u0000${botId}`;

/** Compares strings by code unit, like SQL's binary collation (not `localeCompare`). */
const compareText = (left: string, right: string): number => (left < right ? -1 : left > right ? 1 : 0);

/** The order of every list the SQL store returns: creation time, then id. */
const byCreation = (left: { createdAt: number; id: string }, right: { createdAt: number; id: string }) =>
  left.createdAt - right.createdAt || compareText(left.id, right.id);
const byWorkspaceThenId = (left: Bot, right: Bot) =>
  compareText(left.workspaceId, right.workspaceId) || compareText(left.id, right.id);

/** Creates an empty in-memory Store. Unique keys and references fail like SQL constraints. */
export function createMemoryStore(): Store {
  const workspaces = new Map<string, Workspace>();
  const bots = new Map<string, Bot>();
  const tokens = new Map<string, Token>();
  const conversations = new Map<string, Conversation>();
  const messagesByConversation = new Map<string, StoredMessage[]>();
  const messageIds = new Set<string>();
  const tickets = new Map<string, Ticket>();
  let closed = false;
  const sessionPart = createMemorySessionPart(() => requireOpen());
  const deskWorkPart = createMemoryDeskWorkPart(requireOpen);
  const memberPart = createMemoryMemberPart(requireOpen, requireWorkspace, {
    tickets,
    forgetOwner: deskWorkPart.forgetOwner,
  });
  const requestLogPart = createMemoryRequestLogPart(requireOpen);
  const uploadPart = createMemoryUploadPart(requireOpen);
  const credentialPart = createMemoryCredentialPart(requireOpen, requireWorkspace);

  function requireOpen(): void {
    if (closed) throw new Error('The memory store is closed.');
  }

  function requireWorkspace(workspaceId: string): void {
    if (!workspaces.has(workspaceId)) throw new Error(`No workspace ${workspaceId}.`);
  }

  function requireBot(workspaceId: string, botId: string): void {
    if (!bots.has(botKey(workspaceId, botId)))
      throw new Error(`No bot ${botId} in workspace ${workspaceId}.`);
  }

  function requireConversation(conversationId: string): void {
    if (!conversations.has(conversationId)) throw new Error(`No conversation ${conversationId}.`);
  }

  function findConversation(workspaceId: string, botId: string, channelKey: string) {
    for (const conversation of conversations.values()) {
      const { workspaceId: owner, botId: bot, channelKey: key } = conversation;
      if (owner === workspaceId && bot === botId && key === channelKey) return conversation;
    }
    return undefined;
  }

  const outboxPart = createMemoryOutboxPart(requireOpen);
  const store: Store = {
    async createWorkspace(workspace) {
      requireOpen();
      if (workspaces.has(workspace.id)) throw new Error(`Workspace ${workspace.id} exists.`);
      workspaces.set(workspace.id, copy(workspace));
    },
    async getWorkspace(id) {
      requireOpen();
      return copy(workspaces.get(id));
    },
    async listWorkspaces() {
      requireOpen();
      return copy([...workspaces.values()].sort(byCreation));
    },

    async saveBot(bot) {
      requireOpen();
      requireWorkspace(bot.workspaceId);
      bots.set(botKey(bot.workspaceId, bot.id), copy(bot));
    },
    async getBot(workspaceId, botId) {
      requireOpen();
      return copy(bots.get(botKey(workspaceId, botId)));
    },
    async deleteBot(workspaceId, botId) {
      requireOpen();
      const key = botKey(workspaceId, botId);
      if (!bots.has(key)) return false;
      for (const item of conversations.values()) {
        if (item.workspaceId === workspaceId && item.botId === botId)
          throw new Error(`Bot ${botId} has conversations.`);
      }
      bots.delete(key);
      for (const session of await sessionPart.listSessions(workspaceId, {
        botId,
        limit: Number.MAX_SAFE_INTEGER,
      })) {
        await sessionPart.deleteSession(workspaceId, session.id);
      }
      return true;
    },
    async listBots(workspaceId) {
      requireOpen();
      const found = [...bots.values()].filter(
        (bot) => workspaceId === undefined || bot.workspaceId === workspaceId,
      );
      return copy(found.sort(byWorkspaceThenId));
    },

    async createToken(token) {
      requireOpen();
      requireWorkspace(token.workspaceId);
      if (tokens.has(token.id)) throw new Error(`Token ${token.id} exists.`);
      for (const stored of tokens.values()) {
        if (stored.hash === token.hash) throw new Error('A token with this hash exists.');
      }
      tokens.set(token.id, copy(token));
    },
    async findTokenByHash(hash) {
      requireOpen();
      for (const token of tokens.values()) if (token.hash === hash) return copy(token);
      return undefined;
    },
    async listTokens(workspaceId) {
      requireOpen();
      const found = [...tokens.values()].filter(
        (token) => workspaceId === undefined || token.workspaceId === workspaceId,
      );
      return copy(found.sort(byCreation));
    },
    async revokeToken(id, revokedAt) {
      requireOpen();
      const token = tokens.get(id);
      if (!token) return false;
      token.revokedAt ??= revokedAt;
      return true;
    },
    async touchToken(id, lastUsedAt) {
      requireOpen();
      const token = tokens.get(id);
      if (token) token.lastUsedAt = lastUsedAt;
    },

    async createConversation(conversation) {
      requireOpen();
      requireBot(conversation.workspaceId, conversation.botId);
      if (conversations.has(conversation.id)) throw new Error(`Conversation ${conversation.id} exists.`);
      const { workspaceId, botId, channelKey } = conversation;
      const existing = findConversation(workspaceId, botId, channelKey);
      if (existing) return copy(existing);
      conversations.set(conversation.id, copy(conversation));
      return copy(conversation);
    },
    async setRequester(conversationId, requester, updatedAt) {
      requireOpen();
      const conversation = conversations.get(conversationId);
      if (conversation) conversation.requester = { ...requester };
      for (const ticket of tickets.values()) {
        if (ticket.conversationId !== conversationId) continue;
        ticket.requester = { ...requester };
        ticket.updatedAt = updatedAt;
      }
    },
    async getConversation(id) {
      requireOpen();
      return copy(conversations.get(id));
    },
    async findConversationByChannelKey(workspaceId, botId, channelKey) {
      requireOpen();
      return copy(findConversation(workspaceId, botId, channelKey));
    },
    async listConversationsByChannelKeyPrefix(workspaceId, botId, prefix, options) {
      requireOpen();
      const found = [...conversations.values()].filter(
        (item) =>
          item.workspaceId === workspaceId && item.botId === botId && item.channelKey.startsWith(prefix),
      );
      found.sort((left, right) => right.updatedAt - left.updatedAt || compareText(right.id, left.id));
      return copy(found.slice(0, Math.max(0, options?.limit ?? 50)));
    },
    async appendMessage(message) {
      requireOpen();
      requireConversation(message.conversationId);
      if (messageIds.has(message.id)) throw new Error(`Message ${message.id} exists.`);
      const list = messagesByConversation.get(message.conversationId) ?? [];
      list.push(copy(message));
      list.sort(byCreation);
      messagesByConversation.set(message.conversationId, list);
      messageIds.add(message.id);
      const conversation = conversations.get(message.conversationId);
      if (conversation) conversation.updatedAt = Math.max(conversation.updatedAt, message.createdAt);
    },
    async listMessages(conversationId, options) {
      requireOpen();
      const list = messagesByConversation.get(conversationId) ?? [];
      const limit = options?.limit;
      if (limit === undefined) return copy(list);
      return limit > 0 ? copy(list.slice(-limit)) : [];
    },

    ...createMemoryTicketPart(tickets, { requireOpen, requireBot, requireConversation }),

    ...createMemoryMarkerPart(requireOpen),
    ...createMemoryFactPart(requireOpen, { conversations, messagesByConversation }),
    ...createMemoryAccountSecretPart(requireOpen),
    ...createMemoryAnalyticsPart(() => store),
    ...credentialPart,
    ...createMemoryChannelPart(requireOpen, requireWorkspace),
    ...sessionPart,
    ...outboxPart,

    async insertTicketWithIntent(ticket, intentFor) {
      // The intent is built before anything is written, so a failure leaves neither.
      const existing = await store.findTicketByIdempotencyKey(ticket.workspaceId, ticket.idempotencyKey);
      const intent = intentFor(existing ?? ticket);
      const stored = await store.insertTicket(ticket);
      return { ticket: stored, entry: await outboxPart.enqueueOutbox(intent) };
    },
    ...createMemoryDeskPart(requireOpen, { tickets, conversations }),
    ...deskWorkPart,
    ...memberPart,
    ...requestLogPart,
    ...uploadPart,
    ...createMemoryWorkspaceAdminPart(requireOpen, {
      workspaces,
      bots,
      tokens,
      conversations,
      messagesByConversation,
      messageIds,
      tickets,
      sessions: sessionPart,
      credentials: credentialPart,
      notes: deskWorkPart,
      clearers: [memberPart, requestLogPart, uploadPart, deskWorkPart],
    }),

    async ping() {
      requireOpen();
    },
    async close() {
      closed = true;
    },
  };
  return store;
}
