/** The OpenAPI paths that other systems call: ticket hooks (Jira, webhook), Slack events and Teams activities. */
import { callbackSchema } from '../routes/ticket-hooks.js';
import { error, jsonBody, ok, type Paths, pathParameter } from './helpers.js';

const integrationId = [pathParameter('integrationId')];

/** The provider's own answer; its body is the provider's business. */
const providerAnswer = { description: 'Handled; the body is what the provider expects.' };

/** Paths for `/hooks/jira/{integrationId}`, `/hooks/webhook/{integrationId}`, `/slack/events` and `/api/messages`. */
export function hookPaths(): Paths {
  return {
    '/hooks/jira/{integrationId}': {
      post: {
        operationId: 'jiraHook',
        summary: "A Jira webhook event; status changes of Frontdesk's Jira tickets are applied",
        description:
          "No token: Jira proves itself with the integration's callback secret, either as an HMAC-SHA256 " +
          '`X-Hub-Signature` (`sha256=<hex>`) of the body or as the `secret` query parameter. Bodies up to 1 MB.',
        security: [],
        parameters: [
          ...integrationId,
          { name: 'secret', in: 'query', required: false, schema: { type: 'string' } },
          { name: 'X-Hub-Signature', in: 'header', required: false, schema: { type: 'string' } },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { type: 'object', description: 'A Jira webhook event.' } },
          },
        },
        responses: {
          '200': ok('Whether a ticket changed (`applied`), and its id and status when it did.'),
          '400': error('The body is not JSON.'),
          '401': error('The webhook secret does not match.'),
          '404': error('No such Jira integration.'),
        },
      },
    },
    '/hooks/webhook/{integrationId}': {
      post: {
        operationId: 'webhookCallback',
        summary: 'A ticket update from a webhook receiver: a new status and/or a comment for the requester',
        description:
          "No token: the sender signs with the integration's secret. `X-Frontdesk-Timestamp` is the Unix time " +
          'in seconds and `X-Frontdesk-Signature` is `v1=<hex>`, the HMAC-SHA256 of `<timestamp>.<body>`; ' +
          'timestamps more than five minutes off are refused.',
        security: [],
        parameters: [
          ...integrationId,
          { name: 'X-Frontdesk-Timestamp', in: 'header', required: true, schema: { type: 'string' } },
          { name: 'X-Frontdesk-Signature', in: 'header', required: true, schema: { type: 'string' } },
        ],
        requestBody: jsonBody(callbackSchema),
        responses: {
          '200': ok('The ticket and its status.'),
          '400': error('The body is not JSON or is invalid.'),
          '401': error('The signature does not match.'),
          '404': error('No such webhook integration or ticket.'),
        },
      },
    },
    '/slack/events': {
      post: {
        operationId: 'slackEvents',
        summary:
          'Slack events, interactivity, slash commands and shortcuts (mounted when Slack is configured)',
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
        responses: { '200': providerAnswer, '401': { description: 'A bad or stale signature.' } },
      },
    },
    '/api/messages': {
      post: {
        operationId: 'teamsActivities',
        summary: 'Bot Framework activities from Microsoft Teams (mounted when Teams is configured)',
        security: [{ botFrameworkJwt: [] }],
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { type: 'object', description: 'A Bot Framework activity.' } },
          },
        },
        responses: {
          '200': providerAnswer,
          '401': { description: 'A missing or invalid Bot Framework token.' },
        },
      },
    },
  };
}
