/** The OpenAPI paths of the token, workspace, member, role, group, permission, log and integration-type routes. */
import { z } from 'zod';
import {
  createGroupSchema,
  createRoleSchema,
  createTokenSchema,
  createWorkspaceSchema,
  groupSchema,
  inviteMemberSchema,
  listLogsQuerySchema,
  listTokensQuerySchema,
  logEntrySchema,
  memberSchema,
  roleSchema,
  statisticsQuerySchema,
  tokenSchema,
  updateGroupSchema,
  updateMemberSchema,
  updateRoleSchema,
  updateWorkspaceSchema,
  workspaceSchema,
} from '../routes/admin/account-schemas.js';
import { integrationTypeSchema } from '../routes/admin/integration-types.js';
import {
  deletedSchema,
  errorResponses,
  jsonBody,
  ok,
  oneErrors,
  type Paths,
  pathParameter,
  queryParameters,
  writeErrors,
} from './helpers.js';

const idParameter = [pathParameter('id')];

/** List, create, get, update and delete paths for one collection. */
export function crudPaths(
  path: string,
  noun: string,
  item: z.ZodType,
  create: z.ZodType,
  update: z.ZodType,
): Paths {
  const name = noun[0]!.toUpperCase() + noun.slice(1);
  return {
    [path]: {
      get: {
        operationId: `list${name}s`,
        summary: `The workspace's ${noun}s`,
        responses: { '200': ok('The list.', z.array(item)), ...errorResponses() },
      },
      post: {
        operationId: `create${name}`,
        summary: `Create a ${noun}`,
        requestBody: jsonBody(create),
        responses: { '201': ok('Created.', item), ...writeErrors() },
      },
    },
    [`${path}/{id}`]: {
      get: {
        operationId: `get${name}`,
        summary: `A ${noun}`,
        parameters: idParameter,
        responses: { '200': ok('Found.', item), ...oneErrors() },
      },
      patch: {
        operationId: `update${name}`,
        summary: `Change a ${noun}`,
        parameters: idParameter,
        requestBody: jsonBody(update),
        responses: { '200': ok('Changed.', item), ...writeErrors() },
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

/** Paths for `/v1/tokens`, `/v1/me`, `/v1/workspaces`, `/v1/members`, `/v1/roles`, `/v1/groups`, `/v1/permissions`, `/v1/logs`, `/v1/integrations/types`. */
export function accountPaths(): Paths {
  return {
    '/v1/tokens': {
      get: {
        operationId: 'listTokens',
        summary: 'Tokens with their last use (never the secret)',
        parameters: queryParameters(listTokensQuerySchema),
        responses: { '200': ok('The tokens.', z.array(tokenSchema)), ...errorResponses() },
      },
      post: {
        operationId: 'createToken',
        summary: 'Create a token; the secret is in the answer, once',
        requestBody: jsonBody(createTokenSchema),
        responses: {
          '201': ok('The token and its secret.', tokenSchema.extend({ token: z.string() })),
          ...writeErrors(),
        },
      },
    },
    '/v1/tokens/{id}': {
      delete: {
        operationId: 'revokeToken',
        summary: 'Revoke a token',
        parameters: idParameter,
        responses: { '200': ok('Revoked.', tokenSchema), ...oneErrors() },
      },
    },
    '/v1/me': {
      get: {
        operationId: 'getMe',
        summary: 'The calling token, its member, workspace and permissions',
        responses: {
          '200': ok(
            'Who you are.',
            z.object({
              token: tokenSchema,
              member: memberSchema.nullable(),
              workspace: workspaceSchema.nullable(),
              permissions: z.array(z.string()),
            }),
          ),
          ...errorResponses(),
        },
      },
    },
    ...crudPaths(
      '/v1/workspaces',
      'workspace',
      workspaceSchema,
      createWorkspaceSchema,
      updateWorkspaceSchema,
    ),
    '/v1/workspaces/current': {
      get: {
        operationId: 'getCurrentWorkspace',
        summary: "The token's workspace",
        responses: { '200': ok('The workspace.', workspaceSchema), ...errorResponses() },
      },
    },
    '/v1/workspaces/{id}/deletion-preview': {
      get: {
        operationId: 'previewWorkspaceDeletion',
        summary: 'How many rows of each kind deleting the workspace would remove',
        parameters: idParameter,
        responses: {
          '200': ok('The counts.', z.object({ id: z.string(), counts: z.record(z.string(), z.number()) })),
          ...oneErrors(),
        },
      },
    },
    '/v1/workspaces/{id}/statistics': {
      get: {
        operationId: 'getWorkspaceStatistics',
        summary: 'Conversations, messages and tickets per channel per day or week',
        parameters: [...idParameter, ...queryParameters(statisticsQuerySchema)],
        responses: { '200': ok('Totals and buckets.'), ...oneErrors({ '400': 'A bad range.' }) },
      },
    },
    ...crudPaths('/v1/members', 'member', memberSchema, inviteMemberSchema, updateMemberSchema),
    ...crudPaths('/v1/roles', 'role', roleSchema, createRoleSchema, updateRoleSchema),
    ...crudPaths('/v1/groups', 'group', groupSchema, createGroupSchema, updateGroupSchema),
    '/v1/permissions': {
      get: {
        operationId: 'listPermissions',
        summary: 'Resources, permission strings and what each built-in role grants',
        responses: { '200': ok('The catalogue.'), ...errorResponses() },
      },
    },
    '/v1/logs': {
      get: {
        operationId: 'listRequestLog',
        summary: 'The request log, newest first',
        parameters: queryParameters(listLogsQuerySchema),
        responses: {
          '200': ok('The entries.', z.array(logEntrySchema)),
          ...errorResponses({ '400': 'A bad filter.' }),
        },
      },
    },
    '/v1/integrations/types': {
      get: {
        operationId: 'listIntegrationTypes',
        summary: 'The kinds of integration and how each is set up',
        responses: { '200': ok('The types.', z.array(integrationTypeSchema)), ...errorResponses() },
      },
    },
  };
}
