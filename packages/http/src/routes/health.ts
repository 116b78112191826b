/** `GET /healthz`: 200 while the store answers, 503 when it does not (for load balancers and orchestrators). */
import { Hono } from 'hono';
import type { AppDependencies } from '../app-dependencies.js';
import type { AppEnv } from '../app-env.js';

export function healthRoutes(deps: Pick<AppDependencies, 'store'>): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/healthz', async (context) => {
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
