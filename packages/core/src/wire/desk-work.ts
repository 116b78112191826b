/** What the desk's own records look like in the API: internal notes, saved ticket filters and canned replies. */
import { z } from 'zod';

/** An internal note: only staff see it; it never reaches the requester's channel. */
export const noteViewSchema = z.object({
  id: z.string(),
  conversationId: z.string(),
  authorId: z.string(),
  authorName: z.string(),
  text: z.string(),
  createdDate: z.string(),
});
export type NoteView = z.infer<typeof noteViewSchema>;

/** The ticket-list parameters a saved filter keeps (the list's query, without paging). */
export const savedFilterFieldsSchema = z.strictObject({
  status: z.string().trim().min(1).max(100).optional(),
  channel: z.enum(['api', 'web', 'slack', 'teams']).optional(),
  botId: z.string().trim().min(1).max(200).optional(),
  priority: z.string().trim().min(1).max(100).optional(),
  assignee: z.string().trim().min(1).max(200).optional(),
  groupId: z.string().trim().min(1).max(200).optional(),
  q: z.string().trim().min(1).max(200).optional(),
  sort: z.enum(['createdAt', 'updatedAt']).optional(),
  order: z.enum(['asc', 'desc']).optional(),
});
export type SavedFilterFields = z.infer<typeof savedFilterFieldsSchema>;

export const savedFilterViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  filter: savedFilterFieldsSchema,
  createdDate: z.string(),
});
export type SavedFilterView = z.infer<typeof savedFilterViewSchema>;

export const cannedReplyViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** Typed as `/shortcut` in the reply box. */
  shortcut: z.string(),
  body: z.string(),
  language: z.string().nullable(),
  createdDate: z.string(),
  lastModifiedDate: z.string(),
});
export type CannedReplyView = z.infer<typeof cannedReplyViewSchema>;
