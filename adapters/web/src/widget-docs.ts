/** The OpenAPI operations of the widget's API under `/widget/v1`, each used on its route. */
import {
  widgetConversationSchema,
  widgetEmailRequestSchema,
  widgetFeedbackRequestSchema,
  widgetHistorySchema,
  widgetMessageRequestSchema,
  widgetMessageSchema,
  widgetSessionRequestSchema,
  widgetSessionSchema,
} from '@frontdesk/core/wire';
import { describe, error, jsonBody, ok, schema } from '@frontdesk/http/openapi/helpers';
import { z } from 'zod';

const visitor = [{ visitorToken: [] }];

const visitorErrors = {
  '401': error('Missing, invalid or expired visitor token.'),
  '403': error('The page origin is not allowed for this bot.'),
  '404': error("Not one of this visitor's conversations."),
};
const tooLarge = { '413': error('The body is larger than 64 KB.') };

export const widgetDocs = {
  session: describe({
    operationId: 'createWidgetSession',
    summary: 'A signed visitor token for a page on an allowed origin (send a current one to renew it)',
    security: [{}, { visitorToken: [] }],
    requestBody: jsonBody(widgetSessionRequestSchema),
    responses: {
      '201': ok('The visitor token, its expiry and the widget settings.', widgetSessionSchema),
      '400': error('A bad body, unknown bot or failed identity check.'),
      '403': error('The page origin is not allowed for this bot.'),
      ...tooLarge,
      '429': error('Too many sessions from this address.'),
    },
  }),
  message: describe({
    operationId: 'sendWidgetMessage',
    summary: "Send the visitor's message; the answer streams back as server-sent events",
    security: visitor,
    requestBody: jsonBody(widgetMessageRequestSchema),
    responses: {
      '200': {
        description: 'The reply events, ending with `message-end`.',
        content: { 'text/event-stream': { schema: { $ref: '#/components/schemas/ReplyEvent' } } },
      },
      '400': error('Missing or empty text, or text too long.'),
      ...visitorErrors,
      '409': error('The conversation has ended: start a new one.'),
      ...tooLarge,
      '429': error('Too many messages; see `Retry-After`.'),
    },
  }),
  conversations: describe({
    operationId: 'listWidgetConversations',
    summary: "The visitor's latest conversations, with a preview of each",
    security: visitor,
    responses: { '200': ok('The conversations.', z.array(widgetConversationSchema)), ...visitorErrors },
  }),
  history: describe({
    operationId: 'getWidgetConversation',
    summary: "A conversation's latest messages and whether it has ended",
    security: visitor,
    responses: { '200': ok('The history.', widgetHistorySchema), ...visitorErrors },
  }),
  end: describe({
    operationId: 'endWidgetConversation',
    summary: 'End a conversation',
    security: visitor,
    responses: {
      '200': ok('Ended.', z.object({ conversationId: z.string(), ended: z.literal(true) })),
      ...visitorErrors,
    },
  }),
  events: describe({
    operationId: 'streamWidgetConversation',
    summary:
      'Later messages of a conversation (staff replies, ticket updates) as server-sent `message` events',
    security: visitor,
    parameters: [
      {
        name: 'after',
        in: 'query',
        required: false,
        description: 'The id of the last message seen; later ones are sent first.',
        schema: { type: 'string' },
      },
    ],
    responses: {
      '200': {
        description: "The event stream; each `message` event's data is one message.",
        content: {
          'text/event-stream': {
            schema: {
              type: 'string',
              contentMediaType: 'text/event-stream',
              'x-event-data': { message: schema(widgetMessageSchema, 'output') },
            },
          },
        },
      },
      ...visitorErrors,
      '429': error('Too many open streams for this visitor or address.'),
    },
  }),
  feedback: describe({
    operationId: 'rateWidgetAnswer',
    summary: '👍 / 👎 on one answer of the conversation (the last verdict counts)',
    security: visitor,
    requestBody: jsonBody(widgetFeedbackRequestSchema),
    responses: {
      '200': ok('Stored.', z.object({ messageId: z.string(), feedback: z.string() })),
      '400': error('A bad body or an unknown field.'),
      ...visitorErrors,
      ...tooLarge,
    },
  }),
  email: describe({
    operationId: 'setWidgetRequesterEmail',
    summary: "Where the team's replies go: the requester e-mail of the conversation and its tickets",
    security: visitor,
    requestBody: jsonBody(widgetEmailRequestSchema),
    responses: {
      '200': ok('Stored.', z.object({ conversationId: z.string(), email: z.string() })),
      '400': error('Not an e-mail address, or an unknown field.'),
      ...visitorErrors,
      ...tooLarge,
    },
  }),
  ticketPage: describe({
    operationId: 'viewWidgetTicket',
    summary: "The visitor's page for one ticket (status and conversation), from the widget's signed link",
    security: [{}],
    parameters: [
      { name: 'expires', in: 'query', required: true, schema: { type: 'string' } },
      { name: 'sig', in: 'query', required: true, schema: { type: 'string' } },
      {
        name: 'lang',
        in: 'query',
        description: "The page's language (the visitor's, put there by the widget); else Accept-Language.",
        schema: { type: 'string' },
      },
    ],
    responses: {
      '200': { description: 'The page.', content: { 'text/html': { schema: { type: 'string' } } } },
      '404': error('Unknown ticket, bad signature or an expired link.'),
    },
  }),
};
