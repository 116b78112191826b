/** The workspace-admin part of the in-memory Store: counts, activity and deleting a whole workspace. */
import type { CredentialStore } from './credential-store.js';
import type { Bot, Conversation, StoredMessage, Ticket, Token, Workspace } from './records.js';
import type { SessionStore } from './session-store.js';
import type { ActivityCount, WorkspaceAdminStore } from './workspace-admin-store.js';

/** The memory store's own maps, and the parts that keep the rest. */
export interface MemoryTables {
  workspaces: Map<string, Workspace>;
  bots: Map<string, Bot>;
  tokens: Map<string, Token>;
  conversations: Map<string, Conversation>;
  messagesByConversation: Map<string, StoredMessage[]>;
  messageIds: Set<string>;
  tickets: Map<string, Ticket>;
  sessions: SessionStore;
  credentials: CredentialStore;
  /** Forgets the notes on conversations that are deleted. */
  notes: { forgetConversations(conversationIds: Set<string>): void };
  /** Parts that count and forget a workspace's rows (members, request log). */
  clearers: Array<{
    clearWorkspace(workspaceId: string): void;
    countWorkspaceRows(workspaceId: string): Record<string, number>;
  }>;
}

const ALL = Number.MAX_SAFE_INTEGER;

/** Implements WorkspaceAdminStore over the given tables. The outbox and csat parts keep their rows (tests only). */
export function createMemoryWorkspaceAdminPart(
  requireOpen: () => void,
  tables: MemoryTables,
): WorkspaceAdminStore {
  const owned = <T extends { workspaceId: string }>(map: Map<string, T>, id: string) =>
    [...map.entries()].filter(([, row]) => row.workspaceId === id);
  const messagesOf = (id: string) =>
    owned(tables.conversations, id).flatMap(([key]) => tables.messagesByConversation.get(key) ?? []);

  return {
    async updateWorkspace(workspace) {
      requireOpen();
      const stored = tables.workspaces.get(workspace.id);
      if (!stored) return false;
      stored.name = workspace.name;
      if (workspace.logRetentionDays !== undefined) stored.logRetentionDays = workspace.logRetentionDays;
      if (workspace.defaultRules !== undefined) stored.defaultRules = workspace.defaultRules;
      return true;
    },
    async countWorkspace(id) {
      requireOpen();
      return {
        bots: owned(tables.bots, id).length,
        tokens: owned(tables.tokens, id).length,
        conversations: owned(tables.conversations, id).length,
        messages: messagesOf(id).length,
        tickets: owned(tables.tickets, id).length,
        sessions: (await tables.sessions.listSessions(id, { limit: ALL })).length,
        integrations: (await tables.credentials.listIntegrations(id)).length,
        connectors: (await tables.credentials.listConnectors(id)).length,
        ...Object.assign({}, ...tables.clearers.map((part) => part.countWorkspaceRows(id))),
      };
    },
    async countBot(workspaceId, botId) {
      requireOpen();
      const conversations = owned(tables.conversations, workspaceId).filter(([, row]) => row.botId === botId);
      const ids = new Set(conversations.map(([key]) => key));
      return {
        conversations: conversations.length,
        messages: [...ids].flatMap((key) => tables.messagesByConversation.get(key) ?? []).length,
        tickets: owned(tables.tickets, workspaceId).filter(([, ticket]) => ids.has(ticket.conversationId))
          .length,
        sessions: (await tables.sessions.listSessions(workspaceId, { limit: ALL })).filter(
          (session) => session.botId === botId,
        ).length,
      };
    },
    async deleteBotWithData(workspaceId, botId) {
      requireOpen();
      const conversations = owned(tables.conversations, workspaceId).filter(([, row]) => row.botId === botId);
      tables.notes.forgetConversations(new Set(conversations.map(([key]) => key)));
      for (const [key] of conversations) {
        for (const message of tables.messagesByConversation.get(key) ?? [])
          tables.messageIds.delete(message.id);
        tables.messagesByConversation.delete(key);
        tables.conversations.delete(key);
        for (const [ticketId, ticket] of owned(tables.tickets, workspaceId)) {
          if (ticket.conversationId === key) tables.tickets.delete(ticketId);
        }
      }
      for (const session of await tables.sessions.listSessions(workspaceId, { limit: ALL })) {
        if (session.botId === botId) await tables.sessions.deleteSession(workspaceId, session.id);
      }
      const key = [...tables.bots.entries()].find(
        ([, bot]) => bot.workspaceId === workspaceId && bot.id === botId,
      )?.[0];
      if (key === undefined) return false;
      tables.bots.delete(key);
      return true;
    },
    async deleteWorkspace(id) {
      requireOpen();
      if (!tables.workspaces.has(id)) return false;
      for (const session of await tables.sessions.listSessions(id, { limit: ALL }))
        await tables.sessions.deleteSession(id, session.id);
      for (const item of await tables.credentials.listIntegrations(id))
        await tables.credentials.deleteIntegration(id, item.id);
      for (const item of await tables.credentials.listConnectors(id))
        await tables.credentials.deleteConnector(id, item.id);
      for (const [key] of owned(tables.conversations, id)) {
        for (const message of tables.messagesByConversation.get(key) ?? [])
          tables.messageIds.delete(message.id);
        tables.messagesByConversation.delete(key);
        tables.conversations.delete(key);
      }
      for (const map of [tables.bots, tables.tokens, tables.tickets] as Map<
        string,
        { workspaceId: string }
      >[]) {
        for (const [key] of owned(map, id)) map.delete(key);
      }
      for (const part of tables.clearers) part.clearWorkspace(id);
      tables.workspaces.delete(id);
      return true;
    },
    async countActivity(workspaceId, { from, to, bucketMs }) {
      requireOpen();
      const counts = new Map<string, ActivityCount>();
      const add = (kind: ActivityCount['kind'], conversationId: string, at: number) => {
        const channel = tables.conversations.get(conversationId)?.channel;
        if (!channel || at < from || at >= to) return;
        const bucket = Math.floor((at - from) / bucketMs);
        const key = `${kind} ${channel} ${bucket}`;
        const entry = counts.get(key) ?? { kind, channel, bucket, count: 0 };
        entry.count += 1;
        counts.set(key, entry);
      };
      for (const [key, item] of owned(tables.conversations, workspaceId))
        add('conversations', key, item.createdAt);
      for (const message of messagesOf(workspaceId))
        add('messages', message.conversationId, message.createdAt);
      for (const [, ticket] of owned(tables.tickets, workspaceId))
        add('tickets', ticket.conversationId, ticket.createdAt);
      return [...counts.values()];
    },
  };
}
