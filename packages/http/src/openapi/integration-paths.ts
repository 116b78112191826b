/** The OpenAPI paths of `/v1/integrations`, `/v1/connectors` and the connector OAuth callback. */
import { z } from 'zod';
import { createConnectorSchema, updateConnectorSchema } from '../routes/connector-body.js';
import { createSchema, updateSchema } from '../routes/integrations.js';
import {
  deletedSchema,
  error,
  errorResponses,
  jsonBody,
  ok,
  oneErrors,
  type Paths,
  pathParameter,
  writeErrors,
} from './helpers.js';

const idParameter = [pathParameter('id')];

/** The list, create, get, update and delete paths of a collection whose items are shown with masked secrets. */
function sealedCollection(path: string, noun: string, create: z.ZodType, update: z.ZodType): Paths {
  const name = noun[0]!.toUpperCase() + noun.slice(1);
  const item = `The ${noun}, secrets masked.`;
  return {
    [path]: {
      get: {
        operationId: `list${name}s`,
        summary: `The workspace's ${noun}s, secrets masked`,
        responses: {
          '200': ok('The list.', z.array(z.record(z.string(), z.unknown()))),
          ...errorResponses(),
        },
      },
      post: {
        operationId: `create${name}`,
        summary: `Create a ${noun}; its secrets are sealed`,
        requestBody: jsonBody(create),
        responses: { '201': ok(item), ...writeErrors() },
      },
    },
    [`${path}/{id}`]: {
      get: {
        operationId: `get${name}`,
        summary: `A ${noun}`,
        parameters: idParameter,
        responses: { '200': ok(item), ...oneErrors() },
      },
      patch: {
        operationId: `update${name}`,
        summary: `Change a ${noun}`,
        parameters: idParameter,
        requestBody: jsonBody(update),
        responses: { '200': ok(item), ...writeErrors() },
      },
      delete: {
        operationId: `delete${name}`,
        summary: `Delete a ${noun}`,
        parameters: idParameter,
        responses: { '200': ok('Deleted.', deletedSchema), ...oneErrors() },
      },
    },
  };
}

/** Paths for `/v1/integrations`, `/v1/connectors` and `GET /oauth/connectors/callback`. */
export function integrationPaths(): Paths {
  return {
    ...sealedCollection('/v1/integrations', 'integration', createSchema, updateSchema),
    ...sealedCollection('/v1/connectors', 'connector', createConnectorSchema, updateConnectorSchema),
    '/v1/connectors/{id}/oauth/authorize': {
      post: {
        operationId: 'authorizeConnector',
        summary: "Start an OAuth connector's authorization; open `redirect_url` in a browser",
        parameters: idParameter,
        responses: {
          '200': ok('Where to send the admin.', z.object({ redirect_url: z.string() })),
          ...oneErrors({ '400': 'The connector does not use OAuth.' }),
        },
      },
    },
    '/oauth/connectors/callback': {
      get: {
        operationId: 'connectorOAuthCallback',
        summary: 'Where the OAuth provider sends the browser back; stores the connector tokens',
        security: [],
        parameters: [
          { name: 'code', in: 'query', required: true, schema: { type: 'string' } },
          { name: 'state', in: 'query', required: true, schema: { type: 'string' } },
        ],
        responses: {
          '200': { description: 'A page saying the connector is authorized.', content: { 'text/html': {} } },
          '400': error('A missing, unknown or expired state, or the provider refused the code.'),
        },
      },
    },
  };
}
