/** The session part of the in-memory Store: sessions and the debounce buffer. */
import type { PendingMessage, Session, SessionStore } from './session-store.js';

const sessionKey = (workspaceId: string, botId: string, channelKey: string) =>
  `${workspaceId}\u0000${botId}\u0000${channelKey}`;

/** Sessions kept in Maps; `requireOpen` throws once the owning store is closed. */
export function createMemorySessionPart(requireOpen: () => void): SessionStore {
  const sessions = new Map<string, Session>();
  const pending = new Map<string, PendingMessage[]>();

  const byId = (workspaceId: string, id: string) =>
    [...sessions.entries()].find(([, session]) => session.id === id && session.workspaceId === workspaceId);

  return {
    async getSession(workspaceId, botId, channelKey) {
      requireOpen();
      return structuredClone(sessions.get(sessionKey(workspaceId, botId, channelKey)));
    },
    async getSessionById(workspaceId, id) {
      requireOpen();
      return structuredClone(byId(workspaceId, id)?.[1]);
    },
    async saveSession(session) {
      requireOpen();
      const key = sessionKey(session.workspaceId, session.botId, session.channelKey);
      const existing = sessions.get(key);
      sessions.set(key, structuredClone({ ...session, id: existing?.id ?? session.id }));
    },
    async listSessions(workspaceId, filter = {}) {
      requireOpen();
      const found = [...sessions.values()].filter(
        (session) =>
          session.workspaceId === workspaceId &&
          (filter.botId === undefined || session.botId === filter.botId) &&
          (filter.status === undefined || session.status === filter.status) &&
          (filter.conversationId === undefined || session.conversationId === filter.conversationId),
      );
      found.sort(
        (left, right) =>
          right.lastActivityAt - left.lastActivityAt ||
          (left.id < right.id ? 1 : left.id > right.id ? -1 : 0),
      );
      return structuredClone(found.slice(0, Math.max(0, filter.limit ?? 100)));
    },
    async deleteSession(workspaceId, id) {
      requireOpen();
      const entry = byId(workspaceId, id);
      if (!entry) return false;
      sessions.delete(entry[0]);
      return true;
    },

    async addPendingMessage(message) {
      requireOpen();
      const list = pending.get(message.key) ?? [];
      // Insertion order, not clocks: instances with skewed clocks still agree on which came last.
      list.push(structuredClone(message));
      pending.set(message.key, list);
    },
    async takePendingMessages(key, lastId) {
      requireOpen();
      const list = pending.get(key);
      if (!list || list.at(-1)?.id !== lastId) return undefined;
      pending.delete(key);
      return structuredClone(list);
    },
  };
}
