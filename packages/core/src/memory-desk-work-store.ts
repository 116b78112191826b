/** The in-memory DeskWorkStore: internal notes, saved filters and canned replies, for unit tests. */
import type { CannedReply, ConversationNote, DeskWorkStore, SavedFilter } from './desk-work-store.js';
import { ConflictError } from './errors.js';

/** What other parts of the memory store call when the rows these refer to go. */
export interface DeskWorkCleanup {
  /** Deletes the notes on these conversations (their bot is deleted). */
  forgetConversations(conversationIds: Set<string>): void;
  /** Deletes an owner's saved filters (the member is deleted). */
  forgetOwner(workspaceId: string, ownerId: string): void;
  /** Deletes all of a workspace's notes, filters and replies (the workspace is deleted). */
  clearWorkspace(workspaceId: string): void;
  countWorkspaceRows(workspaceId: string): Record<string, number>;
}

/** Rows live in arrays; every read returns copies. */
export function createMemoryDeskWorkPart(requireOpen: () => void): DeskWorkStore & DeskWorkCleanup {
  const notes: ConversationNote[] = [];
  const filters: SavedFilter[] = [];
  const replies = new Map<string, CannedReply>();

  /** Removes, in place, the rows `gone` picks. */
  const prune = <T>(rows: T[], gone: (row: T) => boolean) => {
    for (let index = rows.length - 1; index >= 0; index -= 1) {
      const row = rows[index];
      if (row !== undefined && gone(row)) rows.splice(index, 1);
    }
  };

  return {
    forgetConversations(conversationIds) {
      prune(notes, (note) => conversationIds.has(note.conversationId));
    },
    forgetOwner(workspaceId, ownerId) {
      prune(filters, (filter) => filter.workspaceId === workspaceId && filter.ownerId === ownerId);
    },
    clearWorkspace(workspaceId) {
      prune(notes, (note) => note.workspaceId === workspaceId);
      prune(filters, (filter) => filter.workspaceId === workspaceId);
      for (const [id, reply] of replies) if (reply.workspaceId === workspaceId) replies.delete(id);
    },
    countWorkspaceRows(workspaceId) {
      const mine = (row: { workspaceId: string }) => row.workspaceId === workspaceId;
      return {
        conversation_notes: notes.filter(mine).length,
        saved_filters: filters.filter(mine).length,
        canned_replies: [...replies.values()].filter(mine).length,
      };
    },
    async addNote(note) {
      requireOpen();
      notes.push(structuredClone(note));
    },
    async listNotes(workspaceId, conversationId) {
      requireOpen();
      return notes
        .filter((note) => note.workspaceId === workspaceId && note.conversationId === conversationId)
        .sort((left, right) => left.createdAt - right.createdAt || (left.id < right.id ? -1 : 1))
        .map((note) => structuredClone(note));
    },
    async saveFilter(filter) {
      requireOpen();
      const same = filters.find(
        (stored) =>
          stored.workspaceId === filter.workspaceId &&
          stored.ownerId === filter.ownerId &&
          stored.name === filter.name,
      );
      if (same) {
        same.filter = structuredClone(filter.filter);
        return structuredClone(same);
      }
      filters.push(structuredClone(filter));
      return structuredClone(filter);
    },
    async listFilters(workspaceId, ownerId) {
      requireOpen();
      return filters
        .filter((filter) => filter.workspaceId === workspaceId && filter.ownerId === ownerId)
        .sort((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0))
        .map((filter) => structuredClone(filter));
    },
    async deleteFilter(workspaceId, ownerId, id) {
      requireOpen();
      const index = filters.findIndex(
        (filter) => filter.workspaceId === workspaceId && filter.ownerId === ownerId && filter.id === id,
      );
      if (index < 0) return false;
      filters.splice(index, 1);
      return true;
    },
    async saveCannedReply(reply) {
      requireOpen();
      const taken = [...replies.values()].some(
        (stored) =>
          stored.workspaceId === reply.workspaceId &&
          stored.shortcut === reply.shortcut &&
          stored.id !== reply.id,
      );
      if (taken) throw new ConflictError(`The shortcut /${reply.shortcut} is taken.`);
      replies.set(reply.id, structuredClone(reply));
    },
    async getCannedReply(workspaceId, id) {
      requireOpen();
      const reply = replies.get(id);
      return reply?.workspaceId === workspaceId ? structuredClone(reply) : undefined;
    },
    async listCannedReplies(workspaceId) {
      requireOpen();
      return [...replies.values()]
        .filter((reply) => reply.workspaceId === workspaceId)
        .sort((left, right) => (left.shortcut < right.shortcut ? -1 : left.shortcut > right.shortcut ? 1 : 0))
        .map((reply) => structuredClone(reply));
    },
    async deleteCannedReply(workspaceId, id) {
      requireOpen();
      if (replies.get(id)?.workspaceId !== workspaceId) return false;
      return replies.delete(id);
    },
  };
}
