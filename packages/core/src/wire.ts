/**
 * The wire format of the agent endpoint as zod schemas. Browser-safe: imports zod only, so the
 * widget and console can share it through `@frontdesk/core/wire`.
 */
import { z } from 'zod';

/** Longest message text accepted, in characters. */
export const MAX_TEXT_LENGTH = 4000;

/** `POST /v1/bots/{botId}/message` body; `conversationId` may also sit at the top level. */
export const messageRequestSchema = z.object({
  message: z.object({
    text: z
      .string({ error: 'message.text must be a string' })
      .trim()
      .min(1, 'message.text must not be empty')
      .max(MAX_TEXT_LENGTH, `message.text must be at most ${MAX_TEXT_LENGTH} characters`),
    conversationId: z.string().min(1).max(200).optional(),
  }),
  conversationId: z.string().min(1).max(200).optional(),
});
export type MessageRequest = z.infer<typeof messageRequestSchema>;

/** One place the answer came from. */
export const sourceSchema = z.object({
  type: z.string(),
  name: z.string(),
  score: z.number().min(0).max(1),
  url: z.string().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** The ticket a message created or is linked to, as Enjo clients expect it. */
export const ticketDetailsSchema = z.object({
  id: z.string(),
  url: z.string().optional(),
  type: z.string(),
  status: z.string(),
  priority: z.string(),
  description: z.string(),
  createdDate: z.string(),
  lastModifiedDate: z.string(),
});
export type TicketDetails = z.infer<typeof ticketDetailsSchema>;

/** The `data` of a successful reply; also the payload of the final `message-end` event. */
export const replyDataSchema = z.object({
  answers: z.string(),
  sources: z.array(sourceSchema),
  conversationId: z.string(),
  ticketDetails: ticketDetailsSchema.optional(),
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
