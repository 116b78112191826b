/** `GET /metrics`: Prometheus text exposition, behind FRONTDESK_METRICS_TOKEN (off when it is unset). */
import { timingSafeEqual } from 'node:crypto';
import { AuthError, NotFoundError } from '@frontdesk/core';
import { Hono } from 'hono';
import type { AppDependencies } from '../app-dependencies.js';
import type { AppEnv } from '../app-env.js';
import { errorResponse } from '../error-response.js';
import { describe, error } from '../openapi/helpers.js';

export function metricsRoutes(deps: Pick<AppDependencies, 'ops' | 'settings'>): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  const expected = deps.settings.metricsToken
    ? Buffer.from(`Bearer ${deps.settings.metricsToken}`)
    : undefined;
  routes.get('/metrics', describeMetrics, async (context) => {
    // Unset token: the route does not exist, so nothing about the instance leaks.
    if (!expected) return errorResponse(new NotFoundError('No such route.'));
    const given = Buffer.from(context.req.header('authorization') ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return errorResponse(
        new AuthError('GET /metrics needs "Authorization: Bearer <FRONTDESK_METRICS_TOKEN>".'),
      );
    }
    const { contentType, body } = await deps.ops.metrics.render();
    return context.body(body, 200, { 'Content-Type': contentType, 'Cache-Control': 'no-store' });
  });
  return routes;
}

const describeMetrics = describe({
  operationId: 'metrics',
  summary: 'Prometheus metrics of this instance',
  description:
    'HTTP latency by route, messages by channel, agent latency and first-token time, outbox lag, ' +
    'duplicates suppressed, open SSE streams, rate-limit rejections, and Node process metrics. ' +
    'Answers 404 unless FRONTDESK_METRICS_TOKEN is set.',
  security: [{ metricsToken: [] }],
  responses: {
    '200': {
      description: 'The Prometheus text format.',
      content: { 'text/plain': { schema: { type: 'string' } } },
    },
    '401': error('Missing or wrong metrics token.'),
    '404': error('FRONTDESK_METRICS_TOKEN is not set: metrics are off.'),
  },
});
