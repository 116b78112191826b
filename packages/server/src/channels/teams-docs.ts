/** The OpenAPI descriptions of the Teams registration routes, put on the routes in `teams.ts`. */
import {
  describe,
  jsonBody,
  ok,
  oneErrors,
  pathParameter,
  writeErrors,
} from '@frontdesk/http/openapi/helpers';
import { z } from 'zod';
import { routeSchema } from './channel-route-handlers.js';

/** `PUT /v1/teams/registrations/{appId}`: the bot it answers for, the tenant of a single-tenant app, its secret. */
export const registrationSchema = z.strictObject({
  botId: z.string().min(1).max(64),
  tenantId: z.string().min(1).max(100).optional(),
  password: z.string().min(1).max(500).optional(),
});

export const teamsDocs = {
  routeChannel: describe({
    operationId: 'routeTeamsChannel',
    summary: 'Send one Teams channel (or a whole team, by its id) of a connection to another bot',
    parameters: [pathParameter('connectionId'), pathParameter('channelId')],
    requestBody: jsonBody(routeSchema),
    responses: { '200': ok('The route.'), ...writeErrors() },
  }),
  unrouteChannel: describe({
    operationId: 'unrouteTeamsChannel',
    summary:
      'Remove the route of a Teams channel (or team): the connection’s default bot answers there again',
    parameters: [pathParameter('connectionId'), pathParameter('channelId')],
    responses: { '200': ok('Removed.'), ...writeErrors() },
  }),
  list: describe({
    operationId: 'listTeamsRegistrations',
    summary:
      "This workspace's Teams connections: MICROSOFT_APP_ID (`teams:env`, default workspace) and the registered app ids, each with its bot and channel routes; secrets are never shown",
    responses: { '200': ok('The connections, each with `routes` (channelId → botId).'), ...oneErrors() },
  }),
  put: describe({
    operationId: 'putTeamsRegistration',
    summary: 'Register a Microsoft app id (an Azure Bot) to answer in Teams for one of this workspace’s bots',
    parameters: [pathParameter('appId')],
    requestBody: jsonBody(registrationSchema),
    responses: { '200': ok('The registration, without its secret.'), ...writeErrors() },
  }),
  test: describe({
    operationId: 'testTeamsRegistration',
    summary: 'Check a Teams app for real: a Bot Framework token for its app id from Entra',
    description:
      'Client credentials with the app’s secret against the configured authority, as replies do; `teams:env` checks MICROSOFT_APP_ID. ' +
      'A refusal (or no secret) is `ok: false` with the reason. The body, if any, must be `{}`.',
    parameters: [pathParameter('appId')],
    responses: {
      '200': ok(
        'The outcome of the check.',
        z.object({ ok: z.boolean(), message: z.string(), checkedAt: z.string() }),
      ),
      ...writeErrors(),
    },
  }),
  remove: describe({
    operationId: 'deleteTeamsRegistration',
    summary: 'Remove a Teams registration of this workspace',
    parameters: [pathParameter('appId')],
    responses: { '200': ok('Removed.'), ...writeErrors() },
  }),
};
