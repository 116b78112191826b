/** The OpenAPI paths of the token, workspace, member, role, group, log and integration-type routes, from their zod schemas. */
import { z } from 'zod';
import {
  createGroupSchema,
  createRoleSchema,
  createTokenSchema,
  createWorkspaceSchema,
  groupSchema,
  inviteMemberSchema,
  listLogsQuerySchema,
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
} from './account-schemas.js';
import { integrationTypeSchema } from './integration-types.js';

type JsonObject = Record<string, unknown>;

function jsonSchema(type: z.ZodType, io: 'input' | 'output'): JsonObject {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(type, { io, unrepresentable: 'any' }) as JsonObject;
  return rest;
}

const ok = (description: string, data: z.ZodType) => ({
  description,
  content: {
    'application/json': { schema: jsonSchema(z.object({ success: z.literal(true), data }), 'output') },
  },
});
const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelope' } } },
});
const body = (type: z.ZodType) => ({
  required: true,
  content: { 'application/json': { schema: jsonSchema(type, 'input') } },
});
const query = (type: z.ZodType) =>
  Object.entries((jsonSchema(type, 'input').properties ?? {}) as JsonObject).map(([name, schema]) => ({
    name,
    in: 'query',
    required: false,
    schema,
  }));
const idParameter = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
const common = {
  '401': error('Missing, malformed, revoked, expired or unknown token.'),
  '403': error('The token may not do this.'),
};
const one = { ...common, '404': error("Not in this token's workspace.") };
const write = { ...one, '400': error('The body is invalid; the message names the field.') };
const deleted = z.object({ id: z.string(), deleted: z.literal(true) });

/** List, create, get, update and delete paths for one collection. */
function crud(
  path: string,
  noun: string,
  item: z.ZodType,
  create: z.ZodType,
  update: z.ZodType,
): Record<string, JsonObject> {
  const name = noun[0]!.toUpperCase() + noun.slice(1);
  return {
    [path]: {
      get: {
        operationId: `list${name}s`,
        summary: `The workspace's ${noun}s`,
        responses: { '200': ok('The list.', z.array(item)), ...common },
      },
      post: {
        operationId: `create${name}`,
        summary: `Create a ${noun}`,
        requestBody: body(create),
        responses: { '201': ok('Created.', item), ...write },
      },
    },
    [`${path}/{id}`]: {
      get: {
        operationId: `get${name}`,
        summary: `A ${noun}`,
        parameters: idParameter,
        responses: { '200': ok('Found.', item), ...one },
      },
      patch: {
        operationId: `update${name}`,
        summary: `Change a ${noun}`,
        parameters: idParameter,
        requestBody: body(update),
        responses: { '200': ok('Changed.', item), ...write },
      },
      delete: {
        operationId: `delete${name}`,
        summary: `Delete a ${noun}`,
        parameters: idParameter,
        responses: { '200': ok('Deleted.', deleted), ...one },
      },
    },
  };
}

/** Paths for `/v1/tokens`, `/v1/me`, `/v1/workspaces`, `/v1/members`, `/v1/roles`, `/v1/groups`, `/v1/logs`, `/v1/integrations/types`. */
export function accountOpenApiPaths(): Record<string, JsonObject> {
  return {
    '/v1/tokens': {
      get: {
        operationId: 'listTokens',
        summary: 'Tokens with their last use (never the secret)',
        parameters: query(z.object({ memberId: z.string().optional() })),
        responses: { '200': ok('The tokens.', z.array(tokenSchema)), ...common },
      },
      post: {
        operationId: 'createToken',
        summary: 'Create a token; the secret is in the answer, once',
        requestBody: body(createTokenSchema),
        responses: {
          '201': ok('The token and its secret.', tokenSchema.extend({ token: z.string() })),
          ...write,
        },
      },
    },
    '/v1/tokens/{id}': {
      delete: {
        operationId: 'revokeToken',
        summary: 'Revoke a token',
        parameters: idParameter,
        responses: { '200': ok('Revoked.', tokenSchema), ...one },
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
          ...common,
        },
      },
    },
    ...crud('/v1/workspaces', 'workspace', workspaceSchema, createWorkspaceSchema, updateWorkspaceSchema),
    '/v1/workspaces/current': {
      get: {
        operationId: 'getCurrentWorkspace',
        summary: "The token's workspace",
        responses: { '200': ok('The workspace.', workspaceSchema), ...common },
      },
    },
    '/v1/workspaces/{id}/deletion-preview': {
      get: {
        operationId: 'previewWorkspaceDeletion',
        summary: 'How many rows of each kind deleting the workspace would remove',
        parameters: idParameter,
        responses: {
          '200': ok('The counts.', z.object({ id: z.string(), counts: z.record(z.string(), z.number()) })),
          ...one,
        },
      },
    },
    '/v1/workspaces/{id}/statistics': {
      get: {
        operationId: 'getWorkspaceStatistics',
        summary: 'Conversations, messages and tickets per channel per day or week',
        parameters: [...idParameter, ...query(statisticsQuerySchema)],
        responses: { '200': { description: 'Totals and buckets.' }, ...one, '400': error('A bad range.') },
      },
    },
    ...crud('/v1/members', 'member', memberSchema, inviteMemberSchema, updateMemberSchema),
    ...crud('/v1/roles', 'role', roleSchema, createRoleSchema, updateRoleSchema),
    ...crud('/v1/groups', 'group', groupSchema, createGroupSchema, updateGroupSchema),
    '/v1/permissions': {
      get: {
        operationId: 'listPermissions',
        summary: 'Resources, permission strings and what each built-in role grants',
        responses: { '200': { description: 'The catalogue.' }, ...common },
      },
    },
    '/v1/logs': {
      get: {
        operationId: 'listRequestLog',
        summary: 'The request log, newest first',
        parameters: query(listLogsQuerySchema),
        responses: {
          '200': ok('The entries.', z.array(logEntrySchema)),
          ...common,
          '400': error('A bad filter.'),
        },
      },
    },
    '/v1/integrations/types': {
      get: {
        operationId: 'listIntegrationTypes',
        summary: 'The kinds of integration and how each is set up',
        responses: { '200': ok('The types.', z.array(integrationTypeSchema)), ...common },
      },
    },
  };
}
