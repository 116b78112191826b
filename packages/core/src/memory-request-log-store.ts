/** The request-log part of the in-memory Store. */
import type { RequestLogEntry, RequestLogFilter, RequestLogStore } from './request-log-store.js';

function matches(entry: RequestLogEntry, workspaceId: string, filter: RequestLogFilter): boolean {
  return (
    entry.workspaceId === workspaceId &&
    (filter.status === undefined || entry.status === filter.status) &&
    (filter.statusClass === undefined || Math.floor(entry.status / 100) === filter.statusClass) &&
    (filter.method === undefined || entry.method === filter.method) &&
    (filter.route === undefined || entry.route === filter.route) &&
    (filter.routeContains === undefined ||
      entry.route.toLowerCase().includes(filter.routeContains.toLowerCase())) &&
    (filter.requestId === undefined || entry.requestId === filter.requestId) &&
    (filter.botId === undefined || entry.botId === filter.botId) &&
    (filter.tokenId === undefined || entry.tokenId === filter.tokenId) &&
    (filter.from === undefined || entry.createdAt >= filter.from) &&
    (filter.to === undefined || entry.createdAt < filter.to)
  );
}

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
      const found = entries.filter((entry) => matches(entry, workspaceId, filter));
      found.sort(
        (left, right) =>
          right.createdAt - left.createdAt || (left.id < right.id ? 1 : left.id > right.id ? -1 : 0),
      );
      const offset = Math.max(0, filter.offset ?? 0);
      return structuredClone(found.slice(offset, offset + Math.max(0, filter.limit ?? 100)));
    },
    async countRequestLogs(workspaceId, filter = {}) {
      requireOpen();
      return entries.filter((entry) => matches(entry, workspaceId, filter)).length;
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
