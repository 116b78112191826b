/**
 * `GET /v1/analytics/{report}`: one route per figure of the analytics screen, each answering JSON
 * or, with `format=csv`, a CSV attachment of the same rows.
 */
import type { Store } from '@frontdesk/core';
import {
  answeredWithoutHandover,
  conversationsPerChannel,
} from '@frontdesk/services/analytics/conversations';
import { csatTrend } from '@frontdesk/services/analytics/csat-trend';
import { feedbackTrend } from '@frontdesk/services/analytics/feedback';
import { firstReplyTimes } from '@frontdesk/services/analytics/first-reply';
import { handoversByReason } from '@frontdesk/services/analytics/handovers';
import { type AnalyticsRange, resolveRange } from '@frontdesk/services/analytics/range';
import { type AnalyticsReport, type Cell, reportCsv } from '@frontdesk/services/analytics/report';
import { openTicketsByAge } from '@frontdesk/services/analytics/ticket-age';
import type { Hono } from 'hono';
import type { AppDependencies } from '../../app-dependencies.js';
import type { AppEnv } from '../../app-env.js';
import { describe, errorResponses, ok, queryParameters } from '../../openapi/helpers.js';
import { requirePermission } from '../../permissions.js';
import { readQuery } from '../../request-input.js';
import { reportQuery, reportSchema } from './report-query.js';

type Report = AnalyticsReport<Record<string, Cell>>;

interface ReportRoute {
  path: string;
  operationId: string;
  summary: string;
  build(store: Store, range: AnalyticsRange, now: number): Promise<Report>;
}

const REPORTS: ReportRoute[] = [
  {
    path: 'conversations',
    operationId: 'analyticsConversations',
    summary: 'Conversations begun per day or week, one column per channel',
    build: conversationsPerChannel,
  },
  {
    path: 'answered',
    operationId: 'analyticsAnswered',
    summary: 'Conversations the bot answered without a hand-over, and their share, per day or week',
    build: answeredWithoutHandover,
  },
  {
    path: 'handovers',
    operationId: 'analyticsHandovers',
    summary: 'Hand-overs (tickets opened) in the range by reason, most frequent first',
    build: handoversByReason,
  },
  {
    path: 'feedback',
    operationId: 'analyticsFeedback',
    summary: '👍/👎 on answers per day or week, and the share that were 👍',
    build: feedbackTrend,
  },
  {
    path: 'csat',
    operationId: 'analyticsCsat',
    summary: 'CSAT ratings per day or week: how many and their average (1–5)',
    build: csatTrend,
  },
  {
    path: 'first-reply',
    operationId: 'analyticsFirstReply',
    summary: 'Seconds from hand-over to the first staff reply: median and 90th percentile per day or week',
    build: firstReplyTimes,
  },
  {
    path: 'ticket-age',
    operationId: 'analyticsTicketAge',
    summary: 'Open tickets now by age (<1h, 1-4h, 4-24h, 1-3d, 3-7d, >7d); from and to do not apply',
    build: openTicketsByAge,
  },
];

const json = ok('The report: its range, CSV columns, one row per bucket or group, and totals.', reportSchema);
const responses = {
  '200': {
    ...json,
    content: { ...(json.content as object), 'text/csv': { schema: { type: 'string' } } },
  },
  ...errorResponses({ '400': 'An unknown or bad query parameter, or a range longer than 366 days.' }),
};

/** The file name of a report's CSV, e.g. `analytics-csat-2026-01-01-to-2026-01-31.csv`. */
function fileName(path: string, report: Report): string {
  return `analytics-${path}-${report.from.slice(0, 10)}-to-${report.to.slice(0, 10)}.csv`;
}

/** Mounts every report on `routes` (the `/v1/analytics` router). */
export function mountReportRoutes(
  routes: Hono<AppEnv>,
  deps: Pick<AppDependencies, 'store' | 'clock'>,
): void {
  for (const entry of REPORTS) {
    const doc = describe({
      operationId: entry.operationId,
      summary: entry.summary,
      parameters: queryParameters(reportQuery),
      responses,
    });
    routes.get(`/${entry.path}`, doc, async (context) => {
      requirePermission(context, 'conversations', 'read');
      const { format, ...query } = readQuery(context, reportQuery);
      const now = deps.clock.now();
      const range = resolveRange(context.get('token').workspaceId, query, now);
      const report = await entry.build(deps.store, range, now);
      if (format === 'csv') {
        return context.body(reportCsv(report), 200, {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${fileName(entry.path, report)}"`,
        });
      }
      return context.json({ success: true, data: report });
    });
  }
}
