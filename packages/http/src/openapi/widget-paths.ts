/** The OpenAPI paths of the website widget's API under `/widget/v1`, called with a visitor token. */
import {
  widgetEmailRequestSchema,
  widgetFeedbackRequestSchema,
  widgetMessageRequestSchema,
  widgetSessionRequestSchema,
} from '@frontdesk/core';
import { z } from 'zod';
import { error, jsonBody, ok, type Paths, pathParameter } from './helpers.js';

const visitor = [{ visitorToken: [] }];

const visitorErrors = {
  '401': error('Missing, invalid or expired visitor token.'),
  '403': error('The page origin is not allowed for this bot.'),
  '404': error("Not one of this visitor's conversations."),
};

/** Paths for `/widget/v1/sessions`, `/messages` and `/conversations`. */
export function widgetPaths(): Paths {
  const id = [pathParameter('id')];
  return {
    '/widget/v1/sessions': {
      post: {
        operationId: 'createWidgetSession',
        summary: 'A signed visitor token for a page on an allowed origin (send a current one to renew it)',
        security: [{}, { visitorToken: [] }],
        requestBody: jsonBody(widgetSessionRequestSchema),
        responses: {
          '201': ok('The visitor token, its expiry and the widget settings.'),
          '400': error('A bad body, unknown bot or failed identity check.'),
          '403': error('The page origin is not allowed for this bot.'),
          '429': error('Too many sessions from this address.'),
        },
      },
    },
    '/widget/v1/messages': {
      post: {
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
          '429': error('Too many messages; see `Retry-After`.'),
        },
      },
    },
    '/widget/v1/conversations': {
      get: {
        operationId: 'listWidgetConversations',
        summary: "The visitor's latest conversations, with a preview of each",
        security: visitor,
        responses: {
          '200': ok('The conversations.', z.array(z.record(z.string(), z.unknown()))),
          ...visitorErrors,
        },
      },
    },
    '/widget/v1/conversations/{id}/messages': {
      get: {
        operationId: 'getWidgetConversation',
        summary: "A conversation's latest messages and whether it has ended",
        security: visitor,
        parameters: id,
        responses: { '200': ok('The history.'), ...visitorErrors },
      },
    },
    '/widget/v1/conversations/{id}/end': {
      post: {
        operationId: 'endWidgetConversation',
        summary: 'End a conversation',
        security: visitor,
        parameters: id,
        responses: {
          '200': ok('Ended.', z.object({ conversationId: z.string(), ended: z.literal(true) })),
          ...visitorErrors,
        },
      },
    },
    '/widget/v1/conversations/{id}/events': {
      get: {
        operationId: 'streamWidgetConversation',
        summary:
          'Later messages of a conversation (staff replies, ticket updates) as server-sent `message` events',
        security: visitor,
        parameters: [
          ...id,
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
            description: 'The event stream.',
            content: { 'text/event-stream': { schema: { type: 'string' } } },
          },
          ...visitorErrors,
        },
      },
    },
    '/widget/v1/conversations/{id}/feedback': {
      post: {
        operationId: 'rateWidgetAnswer',
        summary: '👍 / 👎 on one answer of the conversation (the last verdict counts)',
        security: visitor,
        parameters: id,
        requestBody: jsonBody(widgetFeedbackRequestSchema),
        responses: {
          '200': ok('Stored.', z.object({ messageId: z.string(), feedback: z.string() })),
          '400': error('A bad body or an unknown field.'),
          ...visitorErrors,
        },
      },
    },
    '/widget/v1/conversations/{id}/email': {
      post: {
        operationId: 'setWidgetRequesterEmail',
        summary: "Where the team's replies go: the requester e-mail of the conversation and its tickets",
        security: visitor,
        parameters: id,
        requestBody: jsonBody(widgetEmailRequestSchema),
        responses: {
          '200': ok('Stored.', z.object({ conversationId: z.string(), email: z.string() })),
          '400': error('Not an e-mail address, or an unknown field.'),
          ...visitorErrors,
        },
      },
    },
    '/widget/v1/tickets/{id}': {
      get: {
        operationId: 'viewWidgetTicket',
        summary: "The visitor's page for one ticket (status and conversation), from the widget's signed link",
        security: [{}],
        parameters: [
          ...id,
          { name: 'expires', in: 'query', required: true, schema: { type: 'string' } },
          { name: 'sig', in: 'query', required: true, schema: { type: 'string' } },
        ],
        responses: {
          '200': { description: 'The page.', content: { 'text/html': { schema: { type: 'string' } } } },
          '404': error('Unknown ticket, bad signature or an expired link.'),
        },
      },
    },
  };
}
