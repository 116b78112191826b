/**
 * What the widget API (`/widget/v1/…`) answers, as zod schemas for `/openapi.json`. The widget reads
 * the same shapes through the interfaces in `wire.ts`; the checks at the end keep the two equal.
 */
import { z } from 'zod';
import type {
  WidgetAttachment,
  WidgetConversation,
  WidgetMessage,
  WidgetPublicSettings,
  WidgetSession,
} from '../wire.js';
import { replyActionSchema } from './reply-action.js';
import { sourceSchema, ticketDetailsSchema } from './ticket-details.js';

export const widgetPublicSettingsSchema = z.object({
  botName: z.string(),
  primaryColor: z.string(),
  position: z.enum(['right', 'left']),
  mode: z.enum(['light', 'dark', 'auto']),
  title: z.string().optional(),
  greeting: z.string().optional(),
  placeholder: z.string().optional(),
  launcherLabel: z.string().optional(),
  /** The widget's texts in the visitor's language, when it is not English. */
  strings: z.record(z.string(), z.string()).optional(),
  /** What the visitor may attach; absent when the bot takes no files. */
  attachments: z
    .object({ maxBytes: z.number(), maxFiles: z.number(), types: z.array(z.string()) })
    .optional(),
});

/** The `data` of `GET /widget/v1/teasers`: the bot's greeting rules, for the launcher. */
export const widgetTeasersSchema = z.object({
  teasers: z.array(z.object({ text: z.string(), url: z.string().optional(), afterSeconds: z.number() })),
});

/** The `data` of `POST /widget/v1/attachments`: the stored file a message may refer to by `id`. */
export const widgetAttachmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  size: z.number(),
});

/** The `data` of `POST /widget/v1/sessions`. */
export const widgetSessionSchema = z.object({
  visitorToken: z.string(),
  visitorId: z.string(),
  /** Unix milliseconds after which the token must be renewed. */
  expiresAt: z.number(),
  settings: widgetPublicSettingsSchema,
  /** Set when a valid `resume` token was sent: the conversation the e-mail's link reopens. */
  conversationId: z.string().optional(),
});

/** One message as the widget shows it; also the `message` event of `/conversations/{id}/events`. */
export const widgetMessageSchema = z.object({
  id: z.string(),
  role: z.enum(['user', 'assistant', 'staff', 'system']),
  text: z.string(),
  sources: z.array(sourceSchema),
  ticket: ticketDetailsSchema.optional(),
  actions: z.array(replyActionSchema).optional(),
  /** The visitor's files on their own message (fetch each from `/attachments/{id}` with their token). */
  attachments: z.array(widgetAttachmentSchema).optional(),
  createdAt: z.number(),
});

/** One of the visitor's conversations, newest activity first. */
export const widgetConversationSchema = z.object({
  id: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  ended: z.boolean(),
  preview: z.string(),
});

/** The `data` of `GET /widget/v1/conversations/{id}/messages`. */
export const widgetHistorySchema = z.object({
  conversationId: z.string(),
  ended: z.boolean(),
  messages: z.array(widgetMessageSchema),
  /** The requester's e-mail, when known (the widget then does not ask for one). */
  email: z.string().optional(),
});

/** True when A and B are the same type (both ways assignable). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Fails to compile when a schema and the interface the widget reads drift apart. */
export const widgetViewsMatch: [
  Same<z.infer<typeof widgetPublicSettingsSchema>, WidgetPublicSettings>,
  Same<z.infer<typeof widgetSessionSchema>, WidgetSession>,
  Same<z.infer<typeof widgetMessageSchema>, WidgetMessage>,
  Same<z.infer<typeof widgetConversationSchema>, WidgetConversation>,
  Same<z.infer<typeof widgetAttachmentSchema>, WidgetAttachment>,
] = [true, true, true, true, true];
