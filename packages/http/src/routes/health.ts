/** `GET /healthz`: 200 while the store answers, 503 when it does not (for load balancers and orchestrators). */
import { Hono } from 'hono';
import type { AppDependencies } from '../app-dependencies.js';
import type { AppEnv } from '../app-env.js';
import { describe } from '../openapi/helpers.js';

export function healthRoutes(deps: Pick<AppDependencies, 'store'>): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/healthz', describeHealth, async (context) => {
    context.header('Cache-Control', 'no-store');
    try {
      await deps.store.ping();
      return context.json({ status: 'ok' });
    } catch (error) {
      context.get('logger').warn({ err: error }, 'health check: the store is unreachable');
      return context.json({ status: 'unavailable' }, 503);
    }
  });
  return routes;
}

const describeHealth = describe({
  operationId: 'health',
  summary: 'Liveness and readiness (the store is reachable)',
  security: [],
  responses: {
    '200': {
      description: 'Ready.',
      content: { 'application/json': { schema: statusSchema('ok'), example: { status: 'ok' } } },
    },
    '503': {
      description: 'The store is unreachable.',
      content: {
        'application/json': { schema: statusSchema('unavailable'), example: { status: 'unavailable' } },
      },
    },
  },
});

function statusSchema(status: string) {
  return { type: 'object', properties: { status: { const: status } }, required: ['status'] };
}
