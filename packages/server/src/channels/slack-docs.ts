/** The OpenAPI descriptions of the Slack install and connection routes, put on the routes in `slack.ts`. */
import {
  answer,
  describe,
  error,
  jsonBody,
  ok,
  oneErrors,
  pathParameter,
  writeErrors,
} from '@frontdesk/http/openapi/helpers';
import { z } from 'zod';

const botSchema = z.strictObject({ botId: z.string().min(1).max(64) });

const redirect = (summary: string, operationId: string) =>
  describe({
    operationId,
    summary,
    security: [],
    responses: {
      '302': { description: 'A redirect to Slack (install) or to the result page (after Slack answered).' },
      '400': error('A missing or expired state, or Slack refused the install.'),
    },
  });

export const slackDocs = {
  install: redirect('"Add to Slack": starts Slack OAuth v2 for an install link', 'slackInstall'),
  oauthRedirect: redirect(
    "Slack's OAuth v2 redirect: stores the installation, tokens sealed",
    'slackOAuthRedirect',
  ),
  connections: describe({
    operationId: 'listSlackConnections',
    summary: "This workspace's Slack installations, their default bots and channel routes",
    responses: {
      '200': answer(
        'The installations; `configured` is false (and the list empty) when Slack is not set up on this server.',
        z.object({
          success: z.literal(true),
          data: z.array(z.record(z.string(), z.unknown())),
          configured: z.boolean(),
        }),
      ),
      ...oneErrors(),
    },
  }),
  installLink: describe({
    operationId: 'createSlackInstallLink',
    summary: 'A one-time "Add to Slack" link that installs the app for this workspace and bot',
    requestBody: jsonBody(botSchema),
    responses: {
      '201': ok('The link and when it expires.', z.object({ url: z.string(), expiresAt: z.string() })),
      ...writeErrors(),
    },
  }),
  routeChannel: describe({
    operationId: 'routeSlackChannel',
    summary: 'Send one Slack channel of an installation to another bot',
    parameters: [pathParameter('connectionId'), pathParameter('channelId')],
    requestBody: jsonBody(botSchema),
    responses: { '200': ok('The route.'), ...writeErrors() },
  }),
  test: describe({
    operationId: 'testSlackConnection',
    summary: "Check a Slack connection for real with Slack's auth.test",
    description:
      "Calls `auth.test` with the connection's bot token. A refusal by Slack (e.g. `invalid_auth`, `token_revoked`) " +
      'is `ok: false` with its error. The body, if any, must be `{}`.',
    parameters: [pathParameter('connectionId')],
    responses: {
      '200': ok(
        'The outcome of the check.',
        z.object({ ok: z.boolean(), message: z.string(), checkedAt: z.string() }),
      ),
      ...writeErrors(),
    },
  }),
  unrouteChannel: describe({
    operationId: 'unrouteSlackChannel',
    summary: 'Remove the route of a Slack channel: the installation’s default bot answers there again',
    parameters: [pathParameter('connectionId'), pathParameter('channelId')],
    responses: { '200': ok('Removed.'), ...writeErrors() },
  }),
};
