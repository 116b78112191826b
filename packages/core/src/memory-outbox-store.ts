/** The outbox part of the in-memory Store: one entry per workspace and key. */
import type { OutboxEntry, OutboxStore } from './outbox-store.js';

/** Entries kept in a Map; `requireOpen` throws once the owning store is closed. */
export function createMemoryOutboxPart(requireOpen: () => void): OutboxStore {
  const entries = new Map<string, OutboxEntry>();
  const byKey = (workspaceId: string, key: string) =>
    [...entries.values()].find((entry) => entry.workspaceId === workspaceId && entry.key === key);

  const due = (now: number, limit: number) =>
    [...entries.values()]
      .filter((entry) => entry.status === 'pending' && entry.nextAttemptAt <= now)
      .sort((left, right) => left.createdAt - right.createdAt || (left.id < right.id ? -1 : 1))
      .slice(0, limit);
  /** The lease is the due time: nobody finds the entry due again before it ends. */
  const lease = (entry: OutboxEntry, now: number, leaseMs: number) => {
    Object.assign(entry, { nextAttemptAt: now + leaseMs, updatedAt: now });
    return structuredClone(entry);
  };

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
      return due(now, limit).map((entry) => structuredClone(entry));
    },
    async claimDueOutbox({ now, leaseMs, limit, kind }) {
      requireOpen();
      // Synchronous from here on, so two claims in this process never interleave.
      return due(now, Number.POSITIVE_INFINITY)
        .filter((entry) => kind === undefined || entry.kind === kind)
        .slice(0, limit)
        .map((entry) => lease(entry, now, leaseMs));
    },
    async claimOutbox(id, now, leaseMs) {
      requireOpen();
      const entry = entries.get(id);
      if (entry?.status !== 'pending' || entry.nextAttemptAt > now) return undefined;
      return lease(entry, now, leaseMs);
    },
    async updateOutbox(id, changes) {
      requireOpen();
      const entry = entries.get(id);
      if (entry) Object.assign(entry, structuredClone(changes));
    },
  };
}
