/** The uploads part of the in-memory Store. */
import type { Upload, UploadStore } from './upload-store.js';

/** Uploads in a map by id; lists ordered like the SQL store (creation time, then id). */
export function createMemoryUploadPart(requireOpen: () => void): UploadStore & {
  clearWorkspace(workspaceId: string): void;
  countWorkspaceRows(workspaceId: string): Record<string, number>;
} {
  const uploads = new Map<string, Upload>();
  return {
    async recordUpload(upload) {
      requireOpen();
      if (uploads.has(upload.id)) throw new Error(`Upload ${upload.id} exists.`);
      uploads.set(upload.id, { ...upload, sentAt: null });
    },
    async markUploadsSent(ids, sentAt) {
      requireOpen();
      for (const id of ids) {
        const upload = uploads.get(id);
        if (upload && upload.sentAt === null) upload.sentAt = sentAt;
      }
    },
    async listUnsentUploads(before, limit) {
      requireOpen();
      return [...uploads.values()]
        .filter((upload) => upload.sentAt === null && upload.createdAt < before)
        .sort(
          (left, right) =>
            left.createdAt - right.createdAt || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0),
        )
        .slice(0, Math.max(0, limit))
        .map((upload) => ({ ...upload }));
    },
    async deleteUnsentUpload(id) {
      requireOpen();
      if (uploads.get(id)?.sentAt !== null) return false;
      return uploads.delete(id);
    },
    clearWorkspace(workspaceId) {
      for (const [id, upload] of uploads) if (upload.workspaceId === workspaceId) uploads.delete(id);
    },
    countWorkspaceRows(workspaceId) {
      return { uploads: [...uploads.values()].filter((upload) => upload.workspaceId === workspaceId).length };
    },
  };
}
