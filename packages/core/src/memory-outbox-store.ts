/** The outbox part of the in-memory Store: one entry per workspace and key. */
import type { OutboxEntry, OutboxStore } from './outbox-store.js';

/** Entries kept in a Map; `requireOpen` throws once the owning store is closed. */
export function createMemoryOutboxPart(requireOpen: () => void): OutboxStore {
  const entries = new Map<string, OutboxEntry>();
  const byKey = (workspaceId: string, key: string) =>
    [...entries.values()].find((entry) => entry.workspaceId === workspaceId && entry.key === key);

  return {
    async enqueueOutbox(entry) {
      requireOpen();
      const existing = byKey(entry.workspaceId, entry.key);
      if (existing) return structuredClone(existing);
      if (entries.has(entry.id)) throw new Error(`Outbox entry ${entry.id} exists.`);
      entries.set(entry.id, structuredClone(entry));
      return structuredClone(entry);
    },
    async getOutboxByKey(workspaceId, key) {
      requireOpen();
      return structuredClone(byKey(workspaceId, key));
    },
    async listDueOutbox(now, limit) {
      requireOpen();
      return [...entries.values()]
        .filter((entry) => entry.status === 'pending' && entry.nextAttemptAt <= now)
        .sort((left, right) => left.createdAt - right.createdAt || (left.id < right.id ? -1 : 1))
        .slice(0, limit)
        .map((entry) => structuredClone(entry));
    },
    async updateOutbox(id, changes) {
      requireOpen();
      const entry = entries.get(id);
      if (entry) Object.assign(entry, structuredClone(changes));
    },
  };
}
