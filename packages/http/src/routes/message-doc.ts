/** The OpenAPI operation of the agent endpoint, `POST /v1/bots/{botId}/message`, used on its route. */
import { describe, error } from '../openapi/helpers.js';

const rateLimitHeaders = {
  'RateLimit-Limit': { description: 'Requests allowed in the tightest window.', schema: { type: 'integer' } },
  'RateLimit-Remaining': { description: 'Requests left in that window.', schema: { type: 'integer' } },
  'RateLimit-Reset': { description: 'Seconds until that window resets.', schema: { type: 'integer' } },
};

/** Its body and answers are components built from the core's wire schemas (see `document.ts`). */
export const describeMessage = describe({
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
    '400': error(
      'Malformed JSON, missing or empty text, text too long, unknown botId, or an Idempotency-Key used with another body.',
    ),
    '401': error('Missing, malformed, revoked or unknown token.'),
    '403': error('The token may not use this bot.'),
    '404': error('A conversationId this workspace does not own.'),
    '409': error('A request with this Idempotency-Key is still in progress; retry shortly.'),
    '413': error('The body is larger than 64 KB.'),
    '429': {
      ...error('Too many requests from this client; see `Retry-After`.'),
      headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } },
    },
    '500': error('Something unexpected; logged with the `X-Request-Id`.'),
    '502': error('The agent failed; the message is kept.'),
    '504': error('The agent did not answer in time; the message is kept.'),
  },
});
