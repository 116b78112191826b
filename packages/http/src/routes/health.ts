/**
 * `GET /healthz`: 200 while the store answers, 503 when it does not (liveness). `GET /readyz`: 200
 * when the store, Redis (when set) and the migrations are all in order, 503 naming what is not
 * (readiness: a load balancer sends this instance traffic only then).
 */
import { Hono } from 'hono';
import type { AppDependencies } from '../app-dependencies.js';
import type { AppEnv } from '../app-env.js';
import { describe } from '../openapi/helpers.js';

export function healthRoutes(deps: Pick<AppDependencies, 'store' | 'ops' | 'shutdown'>): Hono<AppEnv> {
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
  routes.get('/readyz', describeReady, async (context) => {
    context.header('Cache-Control', 'no-store');
    const { ready, checks } = await deps.ops.readiness.check();
    // Stopping: no new traffic, whatever the checks say.
    const stopping = deps.shutdown.aborted;
    if (!ready) context.get('logger').warn({ checks }, 'readiness check failed');
    if (!ready || stopping) return context.json({ status: 'unavailable', stopping, checks }, 503);
    return context.json({ status: 'ok', checks });
  });
  return routes;
}

const checkSchema = { type: 'string', enum: ['ok', 'unavailable', 'pending', 'not-used'] };
const readySchema = (status: string) => ({
  type: 'object',
  properties: {
    status: { const: status },
    stopping: { type: 'boolean', description: 'True once the instance has begun to stop (SIGTERM).' },
    checks: {
      type: 'object',
      properties: { store: checkSchema, redis: checkSchema, migrations: checkSchema },
      required: ['store', 'redis', 'migrations'],
    },
  },
  required: ['status', 'checks'],
});

const describeReady = describe({
  operationId: 'ready',
  summary: 'Readiness: the store, Redis (when REDIS_URL is set) and the schema migrations',
  security: [],
  responses: {
    '200': {
      description: 'Ready for traffic.',
      content: {
        'application/json': {
          schema: readySchema('ok'),
          example: { status: 'ok', checks: { store: 'ok', redis: 'ok', migrations: 'ok' } },
        },
      },
    },
    '503': {
      description:
        'Not ready: a check says `unavailable` (no answer within 2 s) or `pending` (migrations), ' +
        'or the instance is stopping (`stopping: true`).',
      content: {
        'application/json': {
          schema: readySchema('unavailable'),
          example: {
            status: 'unavailable',
            stopping: false,
            checks: { store: 'ok', redis: 'unavailable', migrations: 'ok' },
          },
        },
      },
    },
  },
});

const describeHealth = describe({
  operationId: 'health',
  summary: 'Liveness (the store is reachable)',
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
