/**
 * Descriptions of the routes the server mounts outside this package's route files: this document,
 * the widget script, and the Slack and Teams endpoints. Each is used as the route's first handler.
 */
import { describe, error, publicGet } from './helpers.js';

/** `GET /openapi.json`. */
export const openApiRoute = describe(
  publicGet('getOpenApi', 'This OpenAPI 3.1 document, generated from the routes', 'application/json'),
);

/** `GET /widget.js`. */
export const widgetScriptRoute = describe({
  ...publicGet('widgetScript', 'The website widget script to embed on a page', 'text/javascript'),
  responses: {
    '200': { description: 'The script.', content: { 'text/javascript': { schema: { type: 'string' } } } },
    '304': { description: 'Not modified since the `If-None-Match` ETag.' },
  },
});

/** The provider's own answer; its body is the provider's business. */
const providerAnswer = { description: 'Handled; the body is what the provider expects.' };

/** `POST /slack/events`: events, interactivity, slash commands and shortcuts. */
export const slackEventsRoute = describe({
  operationId: 'slackEvents',
  summary: 'Slack events, interactivity, slash commands and shortcuts (mounted when Slack is configured)',
  security: [{ slackSignature: [] }],
  requestBody: {
    required: true,
    content: {
      'application/json': { schema: { type: 'object', description: 'A Slack Events API payload.' } },
      'application/x-www-form-urlencoded': {
        schema: { type: 'object', description: 'Interactivity or a command.' },
      },
    },
  },
  responses: {
    '200': providerAnswer,
    '401': { description: 'A bad or stale signature.' },
    '413': error('The body is larger than 1 MB.'),
  },
});

/** `POST /api/messages`: every Bot Framework activity. */
export const teamsMessagesRoute = describe({
  operationId: 'teamsActivities',
  summary:
    'Bot Framework activities from Microsoft Teams, each checked against the app id (MICROSOFT_APP_ID or a registration) its token names',
  security: [{ botFrameworkJwt: [] }],
  requestBody: {
    required: true,
    content: { 'application/json': { schema: { type: 'object', description: 'A Bot Framework activity.' } } },
  },
  responses: {
    '200': providerAnswer,
    '401': { description: 'A missing or invalid Bot Framework token.' },
    '413': error('The body is larger than 1 MB.'),
  },
});
