/** The port behind the desk's own records: internal notes, each member's saved ticket filters, canned replies for staff. */

/** A note staff write on a conversation (and so on its tickets); only staff ever see it. */
export interface ConversationNote {
  id: string;
  workspaceId: string;
  conversationId: string;
  /** The member (or, for a token without a member, the token) that wrote it. */
  authorId: string;
  authorName: string;
  text: string;
  createdAt: number;
}

/** A ticket-list filter a member saved under a name; `filter` holds the list's query parameters. */
export interface SavedFilter {
  id: string;
  workspaceId: string;
  /** The member (or token) it belongs to; nobody else sees it. */
  ownerId: string;
  name: string;
  filter: Record<string, string>;
  createdAt: number;
}

/** A saved reply staff insert into the reply box (`/shortcut` or the picker); one shortcut per workspace. */
export interface CannedReply {
  id: string;
  workspaceId: string;
  title: string;
  shortcut: string;
  body: string;
  /** A language tag (`en`, `de-CH`) when the reply is for one language; null for any. */
  language: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface DeskWorkStore {
  addNote(note: ConversationNote): Promise<void>;
  /** A conversation's notes, oldest first. */
  listNotes(workspaceId: string, conversationId: string): Promise<ConversationNote[]>;

  /** Saves a filter; one with the same owner and name is replaced (keeping its id). Returns the stored one. */
  saveFilter(filter: SavedFilter): Promise<SavedFilter>;
  /** An owner's filters, by name. */
  listFilters(workspaceId: string, ownerId: string): Promise<SavedFilter[]>;
  /** False when the owner has no such filter. */
  deleteFilter(workspaceId: string, ownerId: string, id: string): Promise<boolean>;

  /** Inserts or replaces a reply (by id); throws `ConflictError` when another reply has its shortcut. */
  saveCannedReply(reply: CannedReply): Promise<void>;
  getCannedReply(workspaceId: string, id: string): Promise<CannedReply | undefined>;
  /** A workspace's replies, by shortcut. */
  listCannedReplies(workspaceId: string): Promise<CannedReply[]>;
  deleteCannedReply(workspaceId: string, id: string): Promise<boolean>;
}
