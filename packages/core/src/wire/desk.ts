/**
 * What the staff desk API answers (`/v1/tickets`, `/v1/conversations`, `/v1/csat`, `/v1/events`), as
 * zod schemas: the server's views are typed by them, `/openapi.json` is generated from them, and
 * the console takes its types from them.
 */
import { z } from 'zod';
import { noteViewSchema } from './desk-work.js';
import { sourceSchema, ticketDetailsSchema } from './ticket-details.js';

export const channelSchema = z.enum(['api', 'web', 'slack', 'teams']);

/** Who is asking: what the channel or the site's `identify()` call told us (sites may add fields). */
export const requesterSchema = z.looseObject({
  id: z.string().optional(),
  name: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  company: z.string().optional(),
});
export type RequesterView = z.infer<typeof requesterSchema>;

/** A ticket as the desk lists it: the wire details plus what the desk adds. */
export const ticketRowSchema = ticketDetailsSchema.extend({
  /** Frontdesk's id; the ticket system's is `externalId`. */
  id: z.string(),
  summary: z.string(),
  conversationId: z.string(),
  botId: z.string(),
  /** Where the conversation happens (single tickets and events; lists may leave it out). */
  channel: channelSchema.optional(),
  /** The ticket system: `builtin`, `jira`, `servicenow`, `webhook`, … */
  sink: z.string(),
  externalId: z.string(),
  /** Why it was opened: `human-request`, `no-answer`, `agent-request`, `always`, `keyword`, … */
  trigger: z.string(),
  requester: requesterSchema.nullable(),
  assignee: z.string().nullable(),
  /** The member group (`grp_…`) the ticket is assigned to. */
  groupId: z.string().nullable(),
});
export type TicketRow = z.infer<typeof ticketRowSchema>;

export const messageRoleSchema = z.enum(['user', 'assistant', 'staff', 'system']);

/** One message of a conversation's transcript. */
export const deskMessageSchema = z.object({
  id: z.string(),
  role: messageRoleSchema,
  text: z.string(),
  sources: z.array(sourceSchema),
  ticketId: z.string().nullable(),
  createdDate: z.string(),
});
export type MessageView = z.infer<typeof deskMessageSchema>;

/** A ticket with its conversation: as markdown (`transcript`) and as messages. */
export const ticketWithMessagesSchema = ticketRowSchema.extend({
  transcript: z.string(),
  messages: z.array(deskMessageSchema),
});
export type TicketWithMessages = z.infer<typeof ticketWithMessagesSchema>;

/** A conversation; in lists, with a preview of its latest message. */
export const conversationRowSchema = z.object({
  id: z.string(),
  botId: z.string(),
  channel: channelSchema,
  requester: requesterSchema.nullable(),
  createdDate: z.string(),
  lastModifiedDate: z.string(),
  /** Whether staff hold it and the bot is quiet. */
  paused: z.boolean().optional(),
  /** In lists: the latest message, cut to a preview. */
  lastMessage: z.object({ role: messageRoleSchema, text: z.string(), createdDate: z.string() }).optional(),
});
export type ConversationRow = z.infer<typeof conversationRowSchema>;

/** A staff reply with how its delivery went: `delivered`, `pending` (being retried) or `failed`. */
export const staffReplyViewSchema = deskMessageSchema.extend({
  delivery: z.object({ status: z.string(), error: z.string().nullable() }).nullable(),
});
export type StaffReplyView = z.infer<typeof staffReplyViewSchema>;

/** A requester's rating (1–5) of a resolved ticket. */
export const csatAnswerSchema = z.object({
  ticketId: z.string(),
  conversationId: z.string(),
  score: z.number(),
  /** What the person added after rating ("Add a comment"), when they did. */
  comment: z.string().optional(),
  createdDate: z.string(),
});
export type CsatAnswerView = z.infer<typeof csatAnswerSchema>;

/** `GET /v1/csat`: the answers, latest first, and their mean to two decimals (null without answers). */
export const csatListSchema = z.object({
  success: z.literal(true),
  data: z.array(csatAnswerSchema),
  average: z.number().nullable(),
});

/** The `data` of each `/v1/events` event, by event name. */
export const deskEventDataSchema = {
  'ticket-created': z.object({ ticket: ticketRowSchema }),
  'ticket-updated': z.object({ ticket: ticketRowSchema }),
  'message-created': z.object({ conversationId: z.string(), message: deskMessageSchema }),
  'note-created': z.object({ conversationId: z.string(), note: noteViewSchema }),
};
