/** The OpenAPI paths of the staff desk: `/v1/tickets`, `/v1/conversations`, `/v1/csat` and `/v1/events`. */
import { z } from 'zod';
import {
  conversationListQuerySchema,
  csatListQuerySchema,
  staffReplySchema,
  ticketListQuerySchema,
  ticketUpdateSchema,
} from '../routes/desk-schemas.js';
import {
  errorResponses,
  jsonBody,
  ok,
  oneErrors,
  type Paths,
  pathParameter,
  queryParameters,
  schema,
  writeErrors,
} from './helpers.js';

const csatAnswers = z.object({
  success: z.literal(true),
  data: z.array(
    z.object({
      ticketId: z.string(),
      conversationId: z.string(),
      score: z.number(),
      /** What the person added after rating ("Add a comment"), when they did. */
      comment: z.string().optional(),
      createdDate: z.iso.datetime(),
    }),
  ),
  /** The mean score, to two decimals; null without answers. */
  average: z.number().nullable(),
});

const paging = z.object({ total: z.number().int(), limit: z.number().int(), offset: z.number().int() });

/** A paged list answer: `{ success, data: [...], paging }`. */
function pagedList(description: string): Record<string, unknown> {
  const body = z.object({
    success: z.literal(true),
    data: z.array(z.record(z.string(), z.unknown())),
    paging,
  });
  return { description, content: { 'application/json': { schema: schema(body, 'output') } } };
}

/** Paths for tickets, conversations, CSAT answers and the desk event stream. */
export function deskPaths(): Paths {
  const ticketId = [pathParameter('ticketId')];
  const conversationId = [pathParameter('conversationId')];
  const reply = {
    requestBody: jsonBody(staffReplySchema),
    responses: { '201': ok("The reply, queued for the requester's channel."), ...writeErrors() },
  };
  return {
    '/v1/tickets': {
      get: {
        operationId: 'listTickets',
        summary: "The workspace's tickets, filtered and paged",
        parameters: queryParameters(ticketListQuerySchema),
        responses: { '200': pagedList('The tickets.'), ...errorResponses({ '400': 'A bad filter.' }) },
      },
    },
    '/v1/tickets/{ticketId}': {
      get: {
        operationId: 'getTicket',
        summary: "A ticket of the token's workspace, with its conversation transcript",
        parameters: ticketId,
        responses: {
          '200': ok('The ticket.'),
          ...oneErrors(),
        },
      },
      patch: {
        operationId: 'updateTicket',
        summary: "Change a ticket's status, priority or assignee",
        parameters: ticketId,
        requestBody: jsonBody(ticketUpdateSchema),
        responses: { '200': ok('The ticket.'), ...writeErrors() },
      },
    },
    '/v1/tickets/{ticketId}/replies': {
      post: {
        operationId: 'replyToTicket',
        summary: 'Reply to the requester of a ticket',
        parameters: ticketId,
        ...reply,
      },
    },
    '/v1/conversations': {
      get: {
        operationId: 'listConversations',
        summary:
          "The workspace's conversations, latest first, each with a preview of its latest message (`lastMessage`)",
        parameters: queryParameters(conversationListQuerySchema),
        responses: { '200': pagedList('The conversations.'), ...errorResponses({ '400': 'A bad filter.' }) },
      },
    },
    '/v1/conversations/{conversationId}': {
      get: {
        operationId: 'getConversation',
        summary: 'A conversation, and whether the bot is paused in it',
        parameters: conversationId,
        responses: { '200': ok('The conversation.'), ...oneErrors() },
      },
    },
    '/v1/conversations/{conversationId}/transcript': {
      get: {
        operationId: 'getConversationTranscript',
        summary: "A conversation's messages, oldest first",
        parameters: conversationId,
        responses: { '200': ok('The messages.', z.array(z.record(z.string(), z.unknown()))), ...oneErrors() },
      },
    },
    '/v1/conversations/{conversationId}/replies': {
      post: {
        operationId: 'replyToConversation',
        summary: 'Reply in a conversation as staff',
        parameters: conversationId,
        ...reply,
      },
    },
    '/v1/conversations/{conversationId}/takeover': {
      post: {
        operationId: 'takeOverConversation',
        summary: 'Pause the bot in a conversation so staff answer',
        parameters: conversationId,
        responses: { '200': ok('The conversation.'), ...oneErrors() },
      },
    },
    '/v1/conversations/{conversationId}/handback': {
      post: {
        operationId: 'handBackConversation',
        summary: 'Let the bot answer in a conversation again',
        parameters: conversationId,
        responses: { '200': ok('The conversation.'), ...oneErrors() },
      },
    },
    '/v1/csat': {
      get: {
        operationId: 'listCsat',
        summary: 'Satisfaction answers, with their average',
        parameters: queryParameters(csatListQuerySchema),
        responses: {
          '200': {
            description: 'The answers and their average.',
            content: { 'application/json': { schema: schema(csatAnswers, 'output') } },
          },
          ...errorResponses(),
        },
      },
    },
    '/v1/events': {
      get: {
        operationId: 'streamDeskEvents',
        summary: 'New tickets, ticket changes and messages of the workspace, as server-sent events',
        description:
          'Events `ticket-created`, `ticket-updated` (data `{ ticket }`) and `message-created` ' +
          '(data `{ conversationId, message }`); a `: ping` comment keeps the stream open.',
        responses: {
          '200': {
            description: 'The event stream.',
            content: { 'text/event-stream': { schema: { type: 'string' } } },
          },
          ...errorResponses(),
        },
      },
    },
  };
}
