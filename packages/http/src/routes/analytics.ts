/** `/v1/analytics`: content gaps (the questions the bot could not answer well, grouped) and the reports of report-routes.ts, as JSON or CSV. */
import { isNoAnswerText } from '@frontdesk/agents';
import { contentGapsCsv, findContentGaps } from '@frontdesk/services/analytics/content-gaps';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDependencies } from '../app-dependencies.js';
import type { AppEnv } from '../app-env.js';
import { describe, errorResponses, ok, queryParameters } from '../openapi/helpers.js';
import { requirePermission } from '../permissions.js';
import { readQuery } from '../request-input.js';
import { mountReportRoutes } from './analytics/report-routes.js';

export const gapsQuery = z.strictObject({
  botId: z.string().min(1).max(200).optional(),
  /** How many of the latest conversations are read. */
  limit: z
    .string()
    .regex(/^\d+$/, 'a whole number')
    .transform(Number)
    .pipe(z.number().int().min(1).max(2000))
    .optional()
    .default(500),
  format: z.enum(['json', 'csv']).optional().default('json'),
});

const gapSchema = z.object({
  question: z.string(),
  count: z.number().int(),
  reasons: z.object({
    'no-answer': z.number().int(),
    'not-helpful': z.number().int(),
    handover: z.number().int(),
  }),
  examples: z.array(z.string()),
  lastAskedAt: z.number().int(),
});

const json = ok('The groups, most asked first.', z.array(gapSchema));
const describeGaps = describe({
  operationId: 'listContentGaps',
  summary: 'Questions the bot did not answer well, grouped by wording (JSON, or CSV with format=csv)',
  parameters: queryParameters(gapsQuery),
  responses: {
    '200': {
      ...json,
      content: { ...(json.content as object), 'text/csv': { schema: { type: 'string' } } },
    },
    ...errorResponses({ '400': 'An unknown or bad query parameter.' }),
  },
});

/** The routes under `/v1/analytics`. */
export function analyticsRoutes(deps: Pick<AppDependencies, 'store' | 'clock'>): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/content-gaps', describeGaps, async (context) => {
    requirePermission(context, 'conversations', 'read');
    const query = readQuery(context, gapsQuery);
    const gaps = await findContentGaps(deps.store, {
      workspaceId: context.get('token').workspaceId,
      limit: query.limit,
      isNoAnswer: isNoAnswerText,
      ...(query.botId ? { botId: query.botId } : {}),
    });
    if (query.format === 'csv') {
      return context.body(contentGapsCsv(gaps), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="content-gaps.csv"',
      });
    }
    return context.json({ success: true, data: gaps });
  });
  mountReportRoutes(routes, deps);
  return routes;
}
