/** The zod schemas of the token, member, role, group and workspace routes; `/openapi.json` is built from them. */

import { ALL_PERMISSIONS } from '@frontdesk/core';
import { z } from 'zod';

/** owner, admin, staff, viewer, or the id of a custom role of the workspace. */
export const roleNameSchema = z.union([
  z.enum(['owner', 'admin', 'staff', 'viewer']),
  z.templateLiteral(['role_', z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)]),
]);

export const createTokenSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(100),
    /** Default: the member's role, else the calling token's. */
    role: roleNameSchema.optional(),
    /** Default: the calling token's member. */
    memberId: z.string().min(1).optional(),
    /** When the token stops working; must be in the future. */
    expiresAt: z.iso.datetime({ offset: true }).optional(),
    /** Shorthand for `expiresAt`: this many days from now. */
    expiresInDays: z.number().int().min(1).max(3650).optional(),
  })
  .refine((body) => !(body.expiresAt && body.expiresInDays), {
    message: 'give expiresAt or expiresInDays, not both',
  });

export const listTokensQuerySchema = z.strictObject({ memberId: z.string().min(1).optional() });

export const permissionSchema = z.enum(ALL_PERMISSIONS as [string, ...string[]]);

export const createWorkspaceSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  /** Days the request log is kept (default 30). */
  logRetentionDays: z.number().int().min(1).max(3650).optional(),
});

export const updateWorkspaceSchema = createWorkspaceSchema.partial();

export const statisticsQuerySchema = z.strictObject({
  /** Start (ISO 8601); default: 30 days before `to`. */
  from: z.iso.datetime({ offset: true }).optional(),
  /** End, exclusive (ISO 8601); default: now. */
  to: z.iso.datetime({ offset: true }).optional(),
  interval: z.enum(['day', 'week']).default('day'),
});

export const inviteMemberSchema = z.strictObject({
  email: z
    .email()
    .max(254)
    .transform((email) => email.toLowerCase()),
  name: z.string().trim().max(100).optional(),
  role: roleNameSchema.default('staff'),
});

export const updateMemberSchema = z.strictObject({
  name: z.string().trim().max(100).optional(),
  role: roleNameSchema.optional(),
  status: z.enum(['invited', 'active']).optional(),
});

export const createRoleSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  permissions: z.array(permissionSchema).max(100),
});

export const updateRoleSchema = createRoleSchema.partial();

const ids = z.array(z.string().min(1).max(200)).max(1000);

/** `ticketIds` was a group field once; a body that still sends it gets a 400 saying where a ticket's group lives now. */
const groupKeys = {
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys' && issue.keys?.includes('ticketIds')
      ? 'ticketIds: a group no longer lists tickets; set a ticket\'s group with PATCH /v1/tickets/{id} {"groupId": …} and list a group\'s tickets with GET /v1/tickets?groupId=….'
      : undefined,
};

export const createGroupSchema = z.strictObject(
  {
    name: z.string().trim().min(1).max(100),
    memberIds: ids.default([]),
    botIds: ids.default([]),
  },
  groupKeys,
);

export const updateGroupSchema = z.strictObject(
  {
    name: z.string().trim().min(1).max(100).optional(),
    memberIds: ids.optional(),
    botIds: ids.optional(),
  },
  groupKeys,
);

export const listLogsQuerySchema = z.strictObject({
  status: z.coerce.number().int().min(100).max(599).optional(),
  /** A class of statuses: `2xx`, `3xx`, `4xx` or `5xx`. */
  statusClass: z.enum(['2xx', '3xx', '4xx', '5xx']).optional(),
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']).optional(),
  /** A route pattern, e.g. `/v1/bots/:botId/message`. */
  route: z.string().min(1).max(200).optional(),
  /** Part of the route pattern, any case: `bots` finds `/v1/bots/:botId/message`. */
  path: z.string().trim().min(1).max(200).optional(),
  /** The request id a response carried in `X-Request-Id`. */
  requestId: z.string().trim().min(1).max(200).optional(),
  /** Requests about this bot (routes with `:botId`). */
  botId: z.string().trim().min(1).max(200).optional(),
  tokenId: z.string().min(1).max(100).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** The answers' schemas live in `@frontdesk/core/wire`, where the console reads them too. */
export {
  groupSchema,
  logEntrySchema,
  memberSchema,
  roleSchema,
  tokenSchema,
  workspaceSchema,
} from '@frontdesk/core/wire';
