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

/** `PUT /v1/teams/registrations/{appId}`: the bot it answers for, the tenant of a single-tenant app, its secret. */
export const registrationSchema = z.strictObject({
  botId: z.string().min(1).max(64),
  tenantId: z.string().min(1).max(100).optional(),
  password: z.string().min(1).max(500).optional(),
});

export const teamsDocs = {
  list: describe({
    operationId: 'listTeamsRegistrations',
    summary:
      "This workspace's Teams registrations (Microsoft app ids) and their bots; secrets are never shown",
    responses: { '200': ok('The registrations.'), ...oneErrors() },
  }),
  put: describe({
    operationId: 'putTeamsRegistration',
    summary: 'Register a Microsoft app id (an Azure Bot) to answer in Teams for one of this workspace’s bots',
    parameters: [pathParameter('appId')],
    requestBody: jsonBody(registrationSchema),
    responses: { '200': ok('The registration, without its secret.'), ...writeErrors() },
  }),
  remove: describe({
    operationId: 'deleteTeamsRegistration',
    summary: 'Remove a Teams registration of this workspace',
    parameters: [pathParameter('appId')],
    responses: { '200': ok('Removed.'), ...writeErrors() },
  }),
};
