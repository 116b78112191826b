/** The OpenAPI 3.1 description of the public API, generated from the core's zod wire schemas. */
import {
  errorEnvelopeSchema,
  messageRequestSchema,
  replyEventSchema,
  successEnvelopeSchema,
  ticketDetailsSchema,
} from '@frontdesk/core';
import { z } from 'zod';
import { accountOpenApiPaths } from './routes/admin/openapi-accounts.js';
import { adminOpenApiPaths } from './routes/admin/openapi-admin.js';

type JsonObject = Record<string, unknown>;

/** JSON Schema 2020-12, which OpenAPI 3.1 uses as is; without `$schema`, which OpenAPI does not want. */
function schema(type: z.ZodType, io: 'input' | 'output'): JsonObject {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(type, { io, unrepresentable: 'any' }) as JsonObject;
  return rest;
}

const ticketResponseSchema = z.object({
  success: z.literal(true),
  data: ticketDetailsSchema.extend({
    conversationId: z.string(),
    /** The conversation as markdown, with the sources of each answer. */
    transcript: z.string(),
  }),
});

function errorResponse(description: string): JsonObject {
  return {
    description,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelope' } } },
  };
}

const rateLimitHeaders = {
  'RateLimit-Limit': { description: 'Requests allowed in the tightest window.', schema: { type: 'integer' } },
  'RateLimit-Remaining': { description: 'Requests left in that window.', schema: { type: 'integer' } },
  'RateLimit-Reset': { description: 'Seconds until that window resets.', schema: { type: 'integer' } },
};

/** Builds the document for a server reachable at `publicUrl`. */
export function createOpenApiDocument(publicUrl: string): JsonObject {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Frontdesk API',
      version: '0.1.0',
      description:
        'The agent endpoint (Enjo-compatible) and the ticket API of a Frontdesk server. ' +
        'Every error has the same body: `{"success": false, "code", "error", "message", "status"}`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: publicUrl }],
    security: [{ bearerAuth: [] }],
    paths: {
      '/v1/bots/{botId}/message': {
        post: {
          operationId: 'sendMessage',
          summary: 'Send a message to a bot and get its answer',
          description:
            'Omit `conversationId` to start a conversation; send it back to continue one. With ' +
            '`Accept: text/event-stream` the reply streams as server-sent events, the last one (`message-end`) ' +
            'carrying the same `data` as the JSON answer.',
          parameters: [
            { name: 'botId', in: 'path', required: true, schema: { type: 'string' }, example: 'demo' },
            {
              name: 'Idempotency-Key',
              in: 'header',
              required: false,
              description: 'A retry with the same key within 24 hours returns the first answer.',
              schema: { type: 'string', maxLength: 255 },
            },
          ],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/MessageRequest' },
                example: { message: { text: 'How do I reset my password?' } },
              },
            },
          },
          responses: {
            '200': {
              description: 'The answer, with its sources and any ticket it opened.',
              headers: rateLimitHeaders,
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/MessageResponse' } },
                'text/event-stream': { schema: { $ref: '#/components/schemas/ReplyEvent' } },
              },
            },
            '400': errorResponse('Malformed JSON, missing or empty text, text too long, or unknown botId.'),
            '401': errorResponse('Missing, malformed, revoked or unknown token.'),
            '403': errorResponse('The token may not use this bot.'),
            '404': errorResponse('A conversationId this workspace does not own.'),
            '413': errorResponse('The body is larger than 64 KB.'),
            '429': {
              ...errorResponse('Too many requests from this client; see `Retry-After`.'),
              headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } },
            },
            '500': errorResponse('Something unexpected; logged with the `X-Request-Id`.'),
            '502': errorResponse('The agent failed; the message is kept.'),
            '504': errorResponse('The agent did not answer in time; the message is kept.'),
          },
        },
      },
      '/v1/tickets/{ticketId}': {
        get: {
          operationId: 'getTicket',
          summary: "A ticket of the token's workspace, with its conversation transcript",
          parameters: [{ name: 'ticketId', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': {
              description: 'The ticket.',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/TicketResponse' } } },
            },
            '401': errorResponse('Missing, malformed, revoked or unknown token.'),
            '404': errorResponse("No such ticket in this token's workspace."),
          },
        },
      },
      ...adminOpenApiPaths(),
      ...accountOpenApiPaths(),
      '/healthz': {
        get: {
          operationId: 'health',
          summary: 'Liveness and readiness (the store is reachable)',
          security: [],
          responses: {
            '200': { description: 'Ready.', content: { 'application/json': { example: { status: 'ok' } } } },
            '503': {
              description: 'The store is unreachable.',
              content: { 'application/json': { example: { status: 'unavailable' } } },
            },
          },
        },
      },
    },
    components: {
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description:
            'A personal access token (`fd_…`), printed at first start or made with `frontdesk token create`.',
        },
      },
      schemas: {
        MessageRequest: schema(messageRequestSchema, 'input'),
        MessageResponse: schema(successEnvelopeSchema, 'output'),
        ReplyEvent: schema(replyEventSchema, 'output'),
        TicketResponse: schema(ticketResponseSchema, 'output'),
        ErrorEnvelope: schema(errorEnvelopeSchema, 'output'),
      },
    },
  };
}
