/**
 * One server span per request (`GET /v1/bots/:botId/message`), continuing the caller's W3C
 * `traceparent`. Without a registered tracer provider (OTEL_EXPORTER_OTLP_ENDPOINT unset) every
 * call here is the OpenTelemetry API's no-op.
 */
import { context as otelContext, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';

const tracer = trace.getTracer('frontdesk-http');

export function httpTracing(): MiddlewareHandler {
  return async (context, next) => {
    const carrier = Object.fromEntries(context.req.raw.headers);
    const parent = propagation.extract(otelContext.active(), carrier);
    const span = tracer.startSpan(
      context.req.method,
      {
        kind: SpanKind.SERVER,
        attributes: { 'http.request.method': context.req.method, 'url.path': context.req.path },
      },
      parent,
    );
    try {
      await otelContext.with(trace.setSpan(parent, span), next);
    } finally {
      const route = routePath(context, -1);
      if (route !== '*' && route !== '/*') {
        span.updateName(`${context.req.method} ${route}`);
        span.setAttribute('http.route', route);
      }
      const status = context.res.status;
      span.setAttribute('http.response.status_code', status);
      if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    }
  };
}
