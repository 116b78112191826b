/**
 * The port that remembers each file a visitor uploaded and whether a sent message carried it, so
 * uploads never sent can be deleted after a while. SQL in packages/store (migration 0037).
 */

/** A file uploaded through the widget, before or after a message carried it. */
export interface Upload {
  /** The file's id in the file storage (`att_…`). */
  id: string;
  workspaceId: string;
  botId: string;
  visitorId: string;
  createdAt: number;
  /** When the first message naming it was accepted; null while unsent. */
  sentAt: number | null;
}

export interface UploadStore {
  /** Records a new upload, unsent. */
  recordUpload(upload: Omit<Upload, 'sentAt'>): Promise<void>;
  /** Marks these uploads sent (the first time only); unknown ids are ignored. */
  markUploadsSent(ids: readonly string[], sentAt: number): Promise<void>;
  /** Unsent uploads created before `before`, oldest first, at most `limit`. */
  listUnsentUploads(before: number, limit: number): Promise<Upload[]>;
  /**
   * Forgets an upload only while it is unsent; true when it did. The caller deletes the bytes
   * only then, so a file a message just carried is never lost.
   */
  deleteUnsentUpload(id: string): Promise<boolean>;
}
