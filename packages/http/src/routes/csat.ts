/** `GET /v1/csat`: the requesters' ratings (1–5) of resolved tickets, latest first, with the average. */
import { Hono } from 'hono';
import type { AppDependencies } from '../app-dependencies.js';
import type { AppEnv } from '../app-env.js';
import { requirePermission } from '../permissions.js';
import { readQuery } from '../request-input.js';
import { csatDocs } from './desk-docs.js';
import { csatListQuerySchema } from './desk-schemas.js';

export { csatListQuerySchema } from './desk-schemas.js';

/** The route under `/v1/csat`. */
export function csatRoutes(deps: Pick<AppDependencies, 'store'>): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/', csatDocs.list, async (context) => {
    requirePermission(context, 'tickets', 'read');
    const query = readQuery(context, csatListQuerySchema);
    const answers = await deps.store.listCsat(context.get('token').workspaceId, query);
    const average = answers.length
      ? Math.round((answers.reduce((sum, answer) => sum + answer.score, 0) / answers.length) * 100) / 100
      : null;
    return context.json({
      success: true,
      data: answers.map((answer) => ({
        ticketId: answer.ticketId,
        conversationId: answer.conversationId,
        score: answer.score,
        ...(answer.comment ? { comment: answer.comment } : {}),
        createdDate: new Date(answer.createdAt).toISOString(),
      })),
      average,
    });
  });
  return routes;
}
