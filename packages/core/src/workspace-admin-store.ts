/** The port for managing whole workspaces: settings, deletion, and what they hold. SQL in packages/store. */
import type { Channel } from './records.js';

/** Rows a workspace holds, by table (`bots`, `conversations`, `messages`, `tickets`…). */
export type WorkspaceCounts = Record<string, number>;

/** How many conversations, messages or tickets of one channel began in one time bucket. */
export interface ActivityCount {
  kind: 'conversations' | 'messages' | 'tickets';
  channel: Channel;
  /** The bucket's index from `from`: 0 for [from, from + bucketMs). */
  bucket: number;
  count: number;
}

export interface WorkspaceAdminStore {
  /** Changes name and settings; false when there is no such workspace. */
  updateWorkspace(workspace: {
    id: string;
    name: string;
    logRetentionDays?: number | undefined;
    defaultRules?: Record<string, unknown> | undefined;
  }): Promise<boolean>;
  /** Deletes the workspace and everything it owns; false when there is no such workspace. */
  deleteWorkspace(id: string): Promise<boolean>;
  /** What `deleteWorkspace` would remove. */
  countWorkspace(id: string): Promise<WorkspaceCounts>;
  /** What `deleteBotWithData` would remove: `conversations`, `messages`, `tickets`, `sessions`… */
  countBot(workspaceId: string, botId: string): Promise<WorkspaceCounts>;
  /** Deletes the bot, its conversations and everything they hold; false when there is no such bot. */
  deleteBotWithData(workspaceId: string, botId: string): Promise<boolean>;
  /** Activity in [from, to), counted per kind, channel and bucket of `bucketMs`. */
  countActivity(
    workspaceId: string,
    range: { from: number; to: number; bucketMs: number },
  ): Promise<ActivityCount[]>;
}
