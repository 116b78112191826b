/** The query every analytics report takes: range, filters, bucket size and format; unknown parameters are refused. */
import { z } from 'zod';

const dateOrTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

export const reportQuery = z.strictObject({
  /** Start, inclusive: an ISO date (midnight UTC) or date-time; default 29 days before today, at midnight UTC. */
  from: dateOrTime.optional(),
  /** End, exclusive: an ISO date or date-time; default now. At most 366 days after `from`. */
  to: dateOrTime.optional(),
  botId: z.string().min(1).max(200).optional(),
  channel: z.enum(['web', 'slack', 'teams', 'api']).optional(),
  interval: z.enum(['day', 'week']).optional().default('day'),
  format: z.enum(['json', 'csv']).optional().default('json'),
});

const cell = z.union([z.string(), z.number(), z.null()]);

/** What every report answers with `format=json`. */
export const reportSchema = z.object({
  from: z.string(),
  to: z.string(),
  interval: z.enum(['day', 'week']),
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), cell)),
  totals: z.record(z.string(), z.number().nullable()),
});
