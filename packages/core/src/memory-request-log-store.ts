/** The request-log part of the in-memory Store. */
import type { RequestLogEntry, RequestLogStore } from './request-log-store.js';

/** Entries kept in an array, filtered and ordered like the SQL store (newest first, then id). */
export function createMemoryRequestLogPart(requireOpen: () => void): RequestLogStore & {
  clearWorkspace(workspaceId: string): void;
  countWorkspaceRows(workspaceId: string): Record<string, number>;
} {
  let entries: RequestLogEntry[] = [];
  return {
    async appendRequestLogs(batch) {
      requireOpen();
      entries.push(...structuredClone(batch));
    },
    async listRequestLogs(workspaceId, filter = {}) {
      requireOpen();
      const found = entries.filter(
        (entry) =>
          entry.workspaceId === workspaceId &&
          (filter.status === undefined || entry.status === filter.status) &&
          (filter.route === undefined || entry.route === filter.route) &&
          (filter.tokenId === undefined || entry.tokenId === filter.tokenId) &&
          (filter.from === undefined || entry.createdAt >= filter.from) &&
          (filter.to === undefined || entry.createdAt < filter.to),
      );
      found.sort(
        (left, right) =>
          right.createdAt - left.createdAt || (left.id < right.id ? 1 : left.id > right.id ? -1 : 0),
      );
      return structuredClone(found.slice(0, Math.max(0, filter.limit ?? 100)));
    },
    async purgeRequestLogs(workspaceId, before) {
      requireOpen();
      const kept = entries.filter((entry) => entry.workspaceId !== workspaceId || entry.createdAt >= before);
      const removed = entries.length - kept.length;
      entries = kept;
      return removed;
    },
    countWorkspaceRows(workspaceId) {
      return { request_log: entries.filter((entry) => entry.workspaceId === workspaceId).length };
    },
    clearWorkspace(workspaceId) {
      entries = entries.filter((entry) => entry.workspaceId !== workspaceId);
    },
  };
}
