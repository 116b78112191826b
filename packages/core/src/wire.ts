/**
 * The wire format of the API as zod schemas: the agent endpoint and the widget here, the desk
 * (`wire/desk.ts`) and the envelopes beside. Browser-safe: imports zod only, so the widget and
 * console share it through `@frontdesk/core/wire`, and `/openapi.json` is generated from it.
 */
import { z } from 'zod';
import { type ReplyAction, replyActionSchema } from './wire/reply-action.js';
import { type Source, sourceSchema, type TicketDetails, ticketDetailsSchema } from './wire/ticket-details.js';

export * from './wire/accounts.js';
export * from './wire/credentials.js';
export * from './wire/desk.js';
export * from './wire/desk-work.js';
export * from './wire/envelopes.js';
export * from './wire/reply-action.js';
export * from './wire/ticket-details.js';
export * from './wire/widget-views.js';

/** Longest message text accepted, in characters. */
export const MAX_TEXT_LENGTH = 4000;

/** The requester an API client may name: kept on the conversation and its tickets. */
export const messageRequesterSchema = z.strictObject({
  id: z.string().trim().min(1).max(200).optional(),
  name: z.string().trim().min(1).max(200).optional(),
  email: z.email().max(320).optional(),
  phone: z.string().trim().min(1).max(50).optional(),
  company: z.string().trim().min(1).max(200).optional(),
});

/** `POST /v1/bots/{botId}/message` body; `conversationId` may also sit at the top level. */
export const messageRequestSchema = z.strictObject({
  message: z.strictObject({
    text: z
      .string({ error: 'message.text must be a string' })
      .trim()
      .min(1, 'message.text must not be empty')
      .max(MAX_TEXT_LENGTH, `message.text must be at most ${MAX_TEXT_LENGTH} characters`),
    /** Frontdesk's id, or one the client chose (scoped to the workspace and bot); `null` is the same as absent. */
    conversationId: z.string().min(1).max(200).nullish(),
    requester: messageRequesterSchema.optional(),
  }),
  conversationId: z.string().min(1).max(200).nullish(),
  /** Who is asking, put on tickets (`suppliedName`, `suppliedEmail`, …); also accepted inside `message`. */
  requester: messageRequesterSchema.optional(),
});
export type MessageRequest = z.infer<typeof messageRequestSchema>;

/** The `data` of a successful reply; also the payload of the final `message-end` event. */
export const replyDataSchema = z.object({
  answers: z.string(),
  sources: z.array(sourceSchema),
  conversationId: z.string(),
  ticketDetails: ticketDetailsSchema.optional(),
  /** Buttons to show with the answer (absent when there are none). */
  actions: z.array(replyActionSchema).optional(),
  /** Short answers the agent offers the person to pick with one tap (at most 6, each at most 80 characters). */
  quickReplies: z.array(z.string()).optional(),
});
export type ReplyData = z.infer<typeof replyDataSchema>;

export const successEnvelopeSchema = z.object({ success: z.literal(true), data: replyDataSchema });

export const errorEnvelopeSchema = z.object({
  success: z.literal(false),
  code: z.string(),
  error: z.string(),
  message: z.string(),
  status: z.number(),
});
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

/** The reply as a stream of events; SSE event names are the `type` values. */
export const replyEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('message-start'), conversationId: z.string(), messageId: z.string() }),
  z.object({ type: z.literal('message-delta'), text: z.string() }),
  z.object({ type: z.literal('sources'), sources: z.array(sourceSchema) }),
  z.object({ type: z.literal('ticket-created'), ticket: ticketDetailsSchema }),
  z.object({ type: z.literal('message-end'), data: replyDataSchema }),
  z.object({ type: z.literal('error'), error: errorEnvelopeSchema }),
]);
export type ReplyEvent = z.infer<typeof replyEventSchema>;
export type ReplyEventType = ReplyEvent['type'];

/* The website widget's API (`/widget/v1/…`). */

/** `POST /widget/v1/sessions` body; `user` with `userHash` when the site verifies identities. */
export const widgetSessionRequestSchema = z.strictObject({
  botId: z.string().min(1).max(200),
  /** Unset: the default workspace. */
  workspaceId: z.string().min(1).max(200).optional(),
  /** The page's or browser's language, e.g. `de`; the session brings that language's texts. */
  locale: z.string().max(200).optional(),
  /** The `frontdesk_resume` token of a link from a staff-reply e-mail: the session continues that visitor. */
  resume: z.string().max(2000).optional(),
  user: z
    .strictObject({
      userId: z.string().min(1).max(200),
      name: z.string().max(200).optional(),
      email: z.string().max(320).optional(),
      userHash: z.string().max(200).optional(),
    })
    .optional(),
});
export type WidgetSessionRequest = z.infer<typeof widgetSessionRequestSchema>;

/** What the browser may know of a bot's widget settings (never the identity secret). */
export interface WidgetPublicSettings {
  botName: string;
  primaryColor: string;
  position: 'right' | 'left';
  mode: 'light' | 'dark' | 'auto';
  title?: string;
  greeting?: string;
  placeholder?: string;
  launcherLabel?: string;
  /** The widget's texts in the visitor's language, when it is not English. */
  strings?: Record<string, string>;
  /** The bot's language for the widget (en, de, fr, es, pt, it, nl, ja, ar, he), unless the page names one. */
  locale?: string;
  /** Questions the widget offers on an empty conversation. */
  suggestedQuestions?: string[];
  /** What the visitor may attach; absent when the bot takes no files. */
  attachments?: WidgetAttachmentLimits;
}

/** A bot's attachment limits as the widget sees them. */
export interface WidgetAttachmentLimits {
  maxBytes: number;
  maxFiles: number;
  types: string[];
}

/** A bot's greeting rule for the launcher's teaser (see `widget.teasers`). */
export interface WidgetTeaser {
  text: string;
  /** `*` matches anything; starting with `/`, matched against the page's path. */
  url?: string | undefined;
  afterSeconds: number;
}

/** A file a visitor uploaded, as `POST /widget/v1/attachments` returns it and messages refer to it. */
export interface WidgetAttachment {
  id: string;
  name: string;
  type: string;
  size: number;
}

/** The `data` of a created visitor session. */
export interface WidgetSession {
  visitorToken: string;
  visitorId: string;
  /** Unix milliseconds after which the token must be renewed (POST /sessions with it). */
  expiresAt: number;
  settings: WidgetPublicSettings;
  /** Set when a valid `resume` token was sent: the conversation the e-mail's link reopens. */
  conversationId?: string;
}

/** `POST /widget/v1/messages` body. */
export const widgetMessageRequestSchema = z
  .strictObject({
    /** Empty only when `attachments` are sent. */
    text: z
      .string({ error: 'text must be a string' })
      .trim()
      .max(MAX_TEXT_LENGTH, `text must be at most ${MAX_TEXT_LENGTH} characters`)
      .default(''),
    conversationId: z.string().min(1).max(200).optional(),
    /** Set by the "Talk to a human" button: hand over to a person whatever the text says. */
    escalate: z.boolean().optional(),
    /** Files or images the visitor sent: with no text, the bot answers its `unknownMessage`, unless its agent takes image inputs. */
    attachments: z
      .array(
        z.strictObject({
          /** The id `POST /widget/v1/attachments` returned; without one, only the name is kept. */
          id: z.string().min(1).max(100).optional(),
          name: z.string().trim().min(1).max(200),
          type: z.string().max(100).optional(),
          size: z.number().int().min(0).optional(),
        }),
      )
      .max(10)
      .optional(),
  })
  .refine((body) => body.text !== '' || (body.attachments?.length ?? 0) > 0, {
    message: 'text must not be empty',
    path: ['text'],
  });

/** `POST /widget/v1/conversations/{id}/feedback` body: a verdict on one answer. */
export const widgetFeedbackRequestSchema = z.strictObject({
  messageId: z.string().min(1).max(200),
  feedback: z.enum(['helpful', 'not-helpful']),
});

/** `POST /widget/v1/conversations/{id}/email` body: where the visitor wants replies. */
export const widgetEmailRequestSchema = z.strictObject({
  email: z.email({ error: 'email must be an e-mail address such as ana@example.com' }).max(320),
});

/** One message of a conversation as the widget shows it; also the `message` SSE event of `/events`. */
export interface WidgetMessage {
  id: string;
  role: 'user' | 'assistant' | 'staff' | 'system';
  text: string;
  sources: Source[];
  ticket?: TicketDetails;
  /** Buttons offered with the message; only the latest message's are live. */
  actions?: ReplyAction[];
  /** The visitor's files on their own message (fetch each from `/attachments/{id}` with their token). */
  attachments?: WidgetAttachment[];
  createdAt: number;
}

/** One of the visitor's conversations, newest activity first in lists. */
export interface WidgetConversation {
  id: string;
  createdAt: number;
  updatedAt: number;
  ended: boolean;
  /** The latest message, shortened, to recognise the conversation in a list. */
  preview: string;
}
