/** Per-request context: a request id (taken or made), a child logger, one log line and one request-log entry per request. */
import type { IdSource } from '@frontdesk/core';
import type { RequestLogWriter } from '@frontdesk/services/request-log';
import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { Logger } from 'pino';
import type { AppEnv } from '../app-env.js';

/** An incoming id is kept only if it cannot smuggle anything into logs or headers. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export interface RequestContextOptions {
  logger: Logger;
  ids: IdSource;
  /** Where every `/v1` request is recorded (batched); unset: not recorded. */
  requestLog?: RequestLogWriter | undefined;
}

/** The route pattern that answered (`/v1/bots/:botId`), never the path with its ids. */
function routePattern(context: Context<AppEnv>): string {
  const routes = matchedRoutes(context);
  return routes[context.req.routeIndex]?.path ?? routes.at(-1)?.path ?? '*';
}

/** The `:botId` segment of `path` under `pattern` (e.g. `/v1/bots/:botId/message`), if the route has one. */
export function botIdOf(pattern: string, path: string): string | undefined {
  const at = pattern.split('/').indexOf(':botId');
  if (at < 0) return undefined;
  const segment = path.split('/')[at];
  if (!segment) return undefined;
  try {
    return decodeURIComponent(segment).slice(0, 200);
  } catch {
    return undefined;
  }
}

/** Sets a header on the response, copying it first when its headers are immutable (a proxied fetch). */
function setHeader(context: Context<AppEnv>, name: string, value: string): void {
  try {
    context.res.headers.set(name, value);
  } catch {
    context.res = new Response(context.res.body, context.res);
    context.res.headers.set(name, value);
  }
}

/** Sets `requestId` and `logger`, answers with `X-Request-Id`, and logs method, path, status and duration. */
export function requestContext(options: RequestContextOptions): MiddlewareHandler<AppEnv> {
  return async (context, next) => {
    const started = performance.now();
    const incoming = context.req.header('x-request-id');
    const requestId = incoming && SANE_REQUEST_ID.test(incoming) ? incoming : options.ids.id('req');
    const logger = options.logger.child({ requestId });
    context.set('requestId', requestId);
    context.set('logger', logger);
    try {
      await next();
    } finally {
      // Set on the final response, so error and not-found answers carry it too.
      setHeader(context, 'X-Request-Id', requestId);
      logger.info(
        {
          method: context.req.method,
          path: context.req.path,
          status: context.res.status,
          durationMs: Math.round((performance.now() - started) * 10) / 10,
        },
        'request',
      );
      if (options.requestLog && context.req.path.startsWith('/v1/')) {
        const token = context.get('token');
        const route = routePattern(context);
        // Only an answered request names its bot: a refused one may carry another workspace's id.
        const botId = context.res.status < 400 ? botIdOf(route, context.req.path) : undefined;
        options.requestLog.record({
          workspaceId: token?.workspaceId ?? null,
          method: context.req.method,
          route,
          ...(botId ? { botId } : {}),
          status: context.res.status,
          durationMs: Math.round((performance.now() - started) * 10) / 10,
          tokenId: token?.id ?? null,
          ip: context.get('clientKey') ?? null,
          requestId,
        });
      }
    }
  };
}
