/** The tables of migration 0006 (sessions, the debounce buffer), as Kysely sees them. */

export interface SessionTable {
  id: string;
  workspace_id: string;
  bot_id: string;
  channel_key: string;
  conversation_id: string;
  status: string;
  paused_by: string | null;
  last_activity_at: number;
  created_at: number;
  updated_at: number;
}

export interface PendingMessageTable {
  key: string;
  /** 1, 2, 3… per key in insertion order; (key, seq) is the primary key. */
  seq: number;
  id: string;
  text: string;
  created_at: number;
}

/** Merged into `Database`. */
export interface AdminTables {
  sessions: SessionTable;
  pending_messages: PendingMessageTable;
}
