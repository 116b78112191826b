/** Times every request into the HTTP latency histogram, labelled by the matched route pattern (never the raw path). */
import type { Metrics } from '@frontdesk/services/ops/metrics';
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';

export function httpMetrics(metrics: Pick<Metrics, 'httpRequest'>): MiddlewareHandler {
  return async (context, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      // The last matched route is the handler's pattern; a request no route matched keeps '*'.
      const pattern = routePath(context, -1);
      const route = pattern === '*' || pattern === '/*' ? 'unmatched' : pattern;
      metrics.httpRequest(
        context.req.method,
        route,
        context.res.status,
        (performance.now() - started) / 1000,
      );
    }
  };
}
