/** The OpenAPI operations of the token, workspace, member, role, group, permission and log routes. */
import { deletedSchema, pageOf } from '@frontdesk/core/wire';
import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import {
  answer,
  BODY_ERRORS,
  describe,
  errorResponses,
  jsonBody,
  ok,
  oneErrors,
  queryParameters,
  writeErrors,
} from '../../openapi/helpers.js';
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
} from './account-schemas.js';

type Crud = Record<'list' | 'create' | 'get' | 'update' | 'delete', MiddlewareHandler>;

/** The five operations of one collection; `conflicts` names the 409s a write can give. */
function crudDocs(
  noun: string,
  schemas: {
    item: z.ZodType;
    create: z.ZodType;
    update: z.ZodType;
    created?: z.ZodType;
    deleted?: z.ZodType;
  },
  conflicts: Partial<Record<'create' | 'update' | 'delete', string>> = {},
): Crud {
  const name = noun[0]?.toUpperCase() + noun.slice(1);
  const conflict = (operation: 'create' | 'update' | 'delete'): Record<string, string> => {
    const text = conflicts[operation];
    return text ? { '409': text } : {};
  };
  return {
    list: describe({
      operationId: `list${name}s`,
      summary: `The workspace's ${noun}s`,
      responses: { '200': ok('The list.', z.array(schemas.item)), ...errorResponses() },
    }),
    create: describe({
      operationId: `create${name}`,
      summary: `Create a ${noun}`,
      requestBody: jsonBody(schemas.create),
      responses: {
        '201': ok('Created.', schemas.created ?? schemas.item),
        ...errorResponses({
          ...BODY_ERRORS,
          ...conflict('create'),
        }),
      },
    }),
    get: describe({
      operationId: `get${name}`,
      summary: `A ${noun}`,
      responses: { '200': ok('Found.', schemas.item), ...oneErrors() },
    }),
    update: describe({
      operationId: `update${name}`,
      summary: `Change a ${noun}`,
      requestBody: jsonBody(schemas.update),
      responses: { '200': ok('Changed.', schemas.item), ...writeErrors(conflict('update')) },
    }),
    delete: describe({
      operationId: `delete${name}`,
      summary: `Delete a ${noun}`,
      responses: {
        '200': ok('Deleted.', schemas.deleted ?? deletedSchema),
        ...oneErrors(conflict('delete')),
      },
    }),
  };
}

const withSecret = tokenSchema.extend({ token: z.string() });
const counts = z.record(z.string(), z.number());

const activity = z.object({ conversations: z.number(), messages: z.number(), tickets: z.number() });
/** Conversations, messages and tickets in each bucket, per channel, and in all. */
const statisticsSchema = z.object({
  from: z.string(),
  to: z.string(),
  interval: z.enum(['day', 'week']),
  totals: activity,
  buckets: z.array(z.object({ start: z.string(), channels: z.record(z.string(), activity) })),
});

export const workspaceDocs = {
  ...crudDocs('workspace', {
    item: workspaceSchema,
    create: createWorkspaceSchema,
    update: updateWorkspaceSchema,
    created: workspaceSchema.extend({ ownerToken: withSecret }),
    deleted: deletedSchema.extend({ counts }),
  }),
  current: describe({
    operationId: 'getCurrentWorkspace',
    summary: "The token's workspace",
    responses: {
      '200': ok('The workspace.', workspaceSchema),
      ...errorResponses({ '404': 'The workspace is gone.' }),
    },
  }),
  deletionPreview: describe({
    operationId: 'previewWorkspaceDeletion',
    summary: 'How many rows of each kind deleting the workspace would remove',
    responses: { '200': ok('The counts.', z.object({ id: z.string(), counts })), ...oneErrors() },
  }),
  statistics: describe({
    operationId: 'getWorkspaceStatistics',
    summary: 'Conversations, messages and tickets per channel per day or week',
    parameters: queryParameters(statisticsQuerySchema),
    responses: {
      '200': ok('Totals and buckets.', statisticsSchema),
      ...oneErrors({ '400': 'A bad range.' }),
    },
  }),
};

const lastOwner = 'The last owner cannot be removed or demoted.';
export const memberDocs = crudDocs(
  'member',
  { item: memberSchema, create: inviteMemberSchema, update: updateMemberSchema },
  { create: 'A member with this email exists.', update: lastOwner, delete: lastOwner },
);
export const roleDocs = crudDocs(
  'role',
  { item: roleSchema, create: createRoleSchema, update: updateRoleSchema },
  { delete: 'A member still has this role.' },
);
export const groupDocs = crudDocs('group', {
  item: groupSchema,
  create: createGroupSchema,
  update: updateGroupSchema,
});

export const tokenDocs = {
  list: describe({
    operationId: 'listTokens',
    summary: 'API tokens with their last use (never the secret); console sessions are not listed',
    parameters: queryParameters(listTokensQuerySchema),
    responses: {
      '200': ok('The tokens.', z.array(tokenSchema)),
      ...errorResponses({ '400': 'A bad filter.' }),
    },
  }),
  create: describe({
    operationId: 'createToken',
    summary: 'Create a token; the secret is in the answer, once',
    requestBody: jsonBody(createTokenSchema),
    responses: { '201': ok('The token and its secret.', withSecret), ...writeErrors() },
  }),
  revoke: describe({
    operationId: 'revokeToken',
    summary: 'Revoke a token',
    responses: { '200': ok('Revoked.', tokenSchema), ...oneErrors() },
  }),
  me: describe({
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
  }),
};

export const permissionDocs = describe({
  operationId: 'listPermissions',
  summary: 'Resources, permission strings and what each built-in role grants',
  responses: {
    '200': ok(
      'The catalogue.',
      z.object({
        resources: z.array(z.string()),
        permissions: z.array(z.string()),
        roles: z.record(z.string(), z.array(z.string())),
      }),
    ),
    ...errorResponses(),
  },
});

export const logDocs = describe({
  operationId: 'listRequestLog',
  summary: 'The request log, newest first',
  parameters: queryParameters(listLogsQuerySchema),
  responses: {
    '200': answer('A page of the entries, and where it sits.', pageOf(logEntrySchema)),
    ...errorResponses({ '400': 'A bad filter.' }),
  },
});
