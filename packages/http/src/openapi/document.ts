/** The OpenAPI 3.1 description of every route the server mounts, generated from the routes' zod schemas. */
import {
  errorEnvelopeSchema,
  messageRequestSchema,
  replyEventSchema,
  successEnvelopeSchema,
  ticketDetailsSchema,
} from '@frontdesk/core';
import { z } from 'zod';
import { accountPaths } from './account-paths.js';
import { agentPaths } from './agent-paths.js';
import { authPaths } from './auth-paths.js';
import { botPaths } from './bot-paths.js';
import { deskPaths } from './desk-paths.js';
import { type JsonObject, schema } from './helpers.js';
import { hookPaths } from './hook-paths.js';
import { integrationPaths } from './integration-paths.js';
import { knowledgePaths } from './knowledge-paths.js';
import { publicPaths } from './public-paths.js';
import { securitySchemes } from './security.js';
import { widgetPaths } from './widget-paths.js';

const ticketResponseSchema = z.object({
  success: z.literal(true),
  data: ticketDetailsSchema.extend({
    conversationId: z.string(),
    /** The conversation as markdown, with the sources of each answer. */
    transcript: z.string(),
  }),
});

/** Builds the document for a server reachable at `publicUrl`. */
export function createOpenApiDocument(publicUrl: string): JsonObject {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Frontdesk API',
      version: '0.1.0',
      description:
        'Every route of a Frontdesk server: the agent endpoint (Enjo-compatible), administration, the staff desk, ' +
        'the website widget, ticket hooks, Slack and Teams, and the public pages. ' +
        'Every error has the same body: `{"success": false, "code", "error", "message", "status"}`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: publicUrl }],
    security: [{ bearerAuth: [] }],
    paths: {
      ...agentPaths(),
      ...botPaths(),
      ...accountPaths(),
      ...integrationPaths(),
      ...deskPaths(),
      ...widgetPaths(),
      ...hookPaths(),
      ...publicPaths(),
      ...knowledgePaths(),
      ...authPaths(),
    },
    components: {
      securitySchemes,
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
