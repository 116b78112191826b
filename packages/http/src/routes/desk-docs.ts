/** The OpenAPI operations of the staff desk routes (`/v1/tickets`, `/v1/conversations`, `/v1/csat`, `/v1/events`). */
import {
  conversationRowSchema,
  csatListSchema,
  deskEventDataSchema,
  deskMessageSchema,
  pageOf,
  staffReplyViewSchema,
  ticketRowSchema,
  ticketWithMessagesSchema,
} from '@frontdesk/core/wire';
import { z } from 'zod';
import {
  answer,
  describe,
  errorResponses,
  jsonBody,
  ok,
  oneErrors,
  queryParameters,
  schema,
  writeErrors,
} from '../openapi/helpers.js';
import {
  conversationListQuerySchema,
  csatListQuerySchema,
  staffReplySchema,
  ticketListQuerySchema,
  ticketUpdateSchema,
} from './desk-schemas.js';

const badFilter = errorResponses({ '400': 'A bad filter; the message names the parameter.' });

/** A staff reply: 201 with the message and how its delivery went. */
const reply = (operationId: string, summary: string) =>
  describe({
    operationId,
    summary,
    requestBody: jsonBody(staffReplySchema),
    responses: {
      '201': ok("The reply, queued for the requester's channel.", staffReplyViewSchema),
      ...writeErrors(),
    },
  });

export const ticketDocs = {
  list: describe({
    operationId: 'listTickets',
    summary: "The workspace's tickets, filtered and paged",
    parameters: queryParameters(ticketListQuerySchema),
    responses: { '200': answer('The tickets.', pageOf(ticketRowSchema)), ...badFilter },
  }),
  get: describe({
    operationId: 'getTicket',
    summary: "A ticket of the token's workspace, with its conversation transcript",
    responses: {
      '200': ok('The ticket, its transcript and messages.', ticketWithMessagesSchema),
      ...oneErrors(),
    },
  }),
  update: describe({
    operationId: 'updateTicket',
    summary: "Change a ticket's status, priority or assignee",
    requestBody: jsonBody(ticketUpdateSchema),
    responses: { '200': ok('The ticket.', ticketRowSchema), ...writeErrors() },
  }),
  reply: reply('replyToTicket', 'Reply to the requester of a ticket'),
};

export const conversationDocs = {
  list: describe({
    operationId: 'listConversations',
    summary:
      "The workspace's conversations, latest first, each with a preview of its latest message (`lastMessage`)",
    parameters: queryParameters(conversationListQuerySchema),
    responses: { '200': answer('The conversations.', pageOf(conversationRowSchema)), ...badFilter },
  }),
  get: describe({
    operationId: 'getConversation',
    summary: 'A conversation, and whether the bot is paused in it',
    responses: { '200': ok('The conversation.', conversationRowSchema), ...oneErrors() },
  }),
  transcript: describe({
    operationId: 'getConversationTranscript',
    summary: "A conversation's messages, oldest first",
    responses: { '200': ok('The messages.', z.array(deskMessageSchema)), ...oneErrors() },
  }),
  reply: reply('replyToConversation', 'Reply in a conversation as staff'),
  takeover: describe({
    operationId: 'takeOverConversation',
    summary: 'Pause the bot in a conversation so staff answer',
    responses: { '200': ok('The conversation.', conversationRowSchema), ...oneErrors() },
  }),
  handback: describe({
    operationId: 'handBackConversation',
    summary: 'Let the bot answer in a conversation again',
    responses: { '200': ok('The conversation.', conversationRowSchema), ...oneErrors() },
  }),
};

export const csatDocs = {
  list: describe({
    operationId: 'listCsat',
    summary: 'Satisfaction answers, with their average',
    parameters: queryParameters(csatListQuerySchema),
    responses: { '200': answer('The answers and their average.', csatListSchema), ...badFilter },
  }),
};

export const eventDocs = {
  stream: describe({
    operationId: 'streamDeskEvents',
    summary: 'New tickets, ticket changes and messages of the workspace, as server-sent events',
    description:
      'Events `ticket-created`, `ticket-updated` (data `{ ticket }`), `message-created` ' +
      '(data `{ conversationId, message }`) and `note-created` (data `{ conversationId, note }`); a `: ping` comment keeps the stream open; `stream-end` ' +
      '(data `{ reason }`) when the token may no longer read tickets.',
    responses: {
      '200': {
        description: "The event stream; each event's `data` is one of these.",
        content: {
          'text/event-stream': {
            schema: {
              type: 'string',
              contentMediaType: 'text/event-stream',
              'x-event-data': Object.fromEntries(
                Object.entries(deskEventDataSchema).map(([name, type]) => [name, schema(type, 'output')]),
              ),
            },
          },
        },
      },
      ...errorResponses({ '429': 'Too many open streams for this token or address.' }),
    },
  }),
};
