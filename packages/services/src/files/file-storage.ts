/** Where attachments live: a key-value store of bytes with a little metadata beside each file. */

/** Who a stored file belongs to and what it is; kept next to its bytes. */
export interface StoredFileInfo {
  id: string;
  workspaceId: string;
  botId: string;
  /** The visitor who uploaded it: only they (and staff) may read it. */
  visitorId: string;
  /** The file name as the visitor's device named it, shown to people, never used as a path. */
  name: string;
  /** The content type found from the file's first bytes. */
  type: string;
  size: number;
  createdAt: number;
}

export interface StoredFile {
  info: StoredFileInfo;
  body: Uint8Array;
}

export interface FileStorage {
  /** Which backend holds the files, for logs: `disk` or `s3`. */
  readonly kind: 'disk' | 's3';
  put(file: StoredFile): Promise<void>;
  /** Undefined when there is no such file. */
  get(id: string): Promise<StoredFile | undefined>;
  /** The metadata only, without reading the bytes. */
  info(id: string): Promise<StoredFileInfo | undefined>;
  /** Removes the file and its metadata (metadata first: a half-deleted file reads as absent); a missing file is fine. */
  delete(id: string): Promise<void>;
  /**
   * Deletes every file of the workspace (widget uploads, sent or not, and Slack / Teams files) and
   * returns how many. Reads each file's metadata to find them: for the rare deletion of a workspace.
   */
  deleteWorkspaceFiles(workspaceId: string): Promise<number>;
}

/** `att_` and 24 URL-safe characters: ids are both keys and URL segments, never paths. */
export const FILE_ID = /^att_[A-Za-z0-9_-]{16,40}$/;
