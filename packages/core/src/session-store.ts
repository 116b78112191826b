/** The port that keeps bot sessions and the debounce buffer. SQL in packages/store. */

export type SessionStatus = 'opened' | 'paused' | 'closed';

/** A bot's session with one channel thread (workspace, bot and channel key are unique together). */
export interface Session {
  id: string;
  workspaceId: string;
  botId: string;
  channelKey: string;
  conversationId: string;
  status: SessionStatus;
  /** Who paused it (a staff user id or `api`), while paused. */
  pausedBy: string | null;
  /** The last message the session saw; `expire` counts from here. */
  lastActivityAt: number;
  createdAt: number;
  updatedAt: number;
}

/** One message waiting in the debounce buffer of a thread. */
export interface PendingMessage {
  /** The buffer: `{workspaceId}:{botId}:{channelKey}`. */
  key: string;
  /** Unique; the buffer keeps insertion order, whatever the clocks of the instances say. */
  id: string;
  text: string;
  createdAt: number;
}

export interface SessionFilter {
  botId?: string;
  status?: SessionStatus;
  conversationId?: string;
  /** At most this many, latest activity first (default 100). */
  limit?: number;
}

export interface SessionStore {
  getSession(workspaceId: string, botId: string, channelKey: string): Promise<Session | undefined>;
  getSessionById(workspaceId: string, id: string): Promise<Session | undefined>;
  /** Inserts, or replaces the session with the same workspace, bot and channel key (its id is kept). */
  saveSession(session: Session): Promise<void>;
  listSessions(workspaceId: string, filter?: SessionFilter): Promise<Session[]>;
  /** False when the workspace has no such session. */
  deleteSession(workspaceId: string, id: string): Promise<boolean>;

  /** Adds a message to a thread's debounce buffer. */
  addPendingMessage(message: PendingMessage): Promise<void>;
  /**
   * Atomically empties the buffer and returns its messages in insertion order — but only when
   * `lastId` is still the last message inserted; otherwise (a later message arrived, or another caller
   * took them) returns undefined and leaves the buffer alone.
   */
  takePendingMessages(key: string, lastId: string): Promise<PendingMessage[] | undefined>;
}
