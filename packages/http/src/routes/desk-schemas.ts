/** The zod schemas of the `/v1/tickets`, `/v1/conversations` and `/v1/csat` requests (exported for the OpenAPI document). */
import { z } from 'zod';

const channel = z.enum(['api', 'web', 'slack', 'teams']);
const paging = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};

/** `GET /v1/tickets` query: filters, sorting and paging. */
export const ticketListQuerySchema = z.strictObject({
  status: z.string().trim().min(1).max(100).optional(),
  channel: channel.optional(),
  botId: z.string().trim().min(1).max(200).optional(),
  priority: z.string().trim().min(1).max(100).optional(),
  /** A member id (or other assignee); `me`: the caller; `none`: unassigned. */
  assignee: z.string().trim().min(1).max(200).optional(),
  /** A group id; `none`: tickets of no group. */
  groupId: z.string().trim().min(1).max(200).optional(),
  q: z.string().trim().min(1).max(200).optional(),
  sort: z.enum(['createdAt', 'updatedAt']).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  ...paging,
});

/** `PATCH /v1/tickets/{ticketId}`: any of status, priority, assignee and group (null unassigns). */
export const ticketUpdateSchema = z
  .object({
    status: z.string().trim().min(1).max(100).optional(),
    priority: z.string().trim().min(1).max(100).optional(),
    assignee: z.string().trim().min(1).max(200).nullable().optional(),
    /** A member group of the workspace (`grp_…`); null takes the ticket out of its group. */
    groupId: z.string().trim().min(1).max(200).nullable().optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'Give status, priority, assignee or groupId.');

/** `POST /v1/tickets/{ticketId}/replies` and `POST /v1/conversations/{conversationId}/replies`. */
export const staffReplySchema = z.object({ text: z.string().trim().min(1).max(10_000) }).strict();

/** `GET /v1/conversations` query. */
export const conversationListQuerySchema = z.strictObject({
  channel: channel.optional(),
  botId: z.string().trim().min(1).max(200).optional(),
  ...paging,
});

/** `GET /v1/csat` query. */
export const csatListQuerySchema = z.strictObject(paging);
