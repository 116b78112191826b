/** What the token, workspace, member, role, group and request-log routes answer. */
import { z } from 'zod';

export const tokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string(),
  memberId: z.string().nullable(),
  prefix: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});

export const workspaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  logRetentionDays: z.number().int(),
  createdAt: z.iso.datetime(),
});

export const memberSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.string(),
  status: z.enum(['invited', 'active']),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export const roleSchema = z.object({
  id: z.string(),
  name: z.string(),
  permissions: z.array(z.string()),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

/** A group has no list of tickets: a ticket names its group (`groupId`); `GET /v1/tickets?groupId=` lists them. */
export const groupSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    memberIds: z.array(z.string()),
    botIds: z.array(z.string()),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({
    description:
      "A team of members and the bots assigned to it. Tickets are not listed here: a ticket's group is its `groupId` (set with PATCH /v1/tickets/{id}); list a group's tickets with GET /v1/tickets?groupId={id}.",
  });

export const logEntrySchema = z.object({
  id: z.string(),
  method: z.string(),
  route: z.string(),
  status: z.number().int(),
  durationMs: z.number(),
  tokenId: z.string().nullable(),
  ip: z.string().nullable(),
  requestId: z.string(),
  /** The bot the request was about (routes with `:botId`). */
  botId: z.string().optional(),
  createdAt: z.iso.datetime(),
});

export type TokenView = z.infer<typeof tokenSchema>;
export type WorkspaceView = z.infer<typeof workspaceSchema>;
export type MemberView = z.infer<typeof memberSchema>;
export type RoleView = z.infer<typeof roleSchema>;
export type GroupView = z.infer<typeof groupSchema>;
export type LogEntryView = z.infer<typeof logEntrySchema>;
