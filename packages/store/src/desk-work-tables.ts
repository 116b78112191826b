/** The tables of migrations 0035 and 0036 (internal notes, saved filters, canned replies), as Kysely sees them. */

export interface ConversationNoteTable {
  id: string;
  workspace_id: string;
  conversation_id: string;
  author_id: string;
  author_name: string;
  text: string;
  created_at: number;
}

export interface SavedFilterTable {
  id: string;
  workspace_id: string;
  owner_id: string;
  name: string;
  /** The list's query parameters as JSON. */
  filter: string;
  created_at: number;
}

export interface CannedReplyTable {
  id: string;
  workspace_id: string;
  title: string;
  shortcut: string;
  body: string;
  language: string | null;
  created_at: number;
  updated_at: number;
}

export interface DeskWorkTables {
  conversation_notes: ConversationNoteTable;
  saved_filters: SavedFilterTable;
  canned_replies: CannedReplyTable;
}
