/** CORS for the widget API, exactly for allowed origins: preflights and responses alike. */

import type { Store } from '@frontdesk/core';
import type { MiddlewareHandler } from 'hono';
import { anyBotAllows } from './widget-bots.js';
import type { WidgetEnv } from './widget-env.js';

const EXPOSED = 'Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, X-Request-Id';

/**
 * A preflight names no bot (the token is not sent), so it passes when any bot allows the origin;
 * the real request is then checked against its own bot, and only an allowed origin is echoed.
 */
export function widgetCors(deps: { store: Store; publicUrl: string }): MiddlewareHandler<WidgetEnv> {
  return async (context, next) => {
    const origin = context.req.header('origin');
    if (context.req.method === 'OPTIONS') {
      if (!origin || !(await anyBotAllows(deps.store, origin, { publicUrl: deps.publicUrl }))) {
        // The widget names its bot in the session URL so this log can too (preflights carry no body).
        const bot = context.req.query('botId') ?? null;
        context
          .get('logger')
          ?.warn(
            { bot, origin: origin ?? null, fix: `frontdesk bot origins add ${bot ?? '<bot>'} ${origin}` },
            'widget origin refused',
          );
        return new Response(null, { status: 403, headers: { Vary: 'Origin' } });
      }
      return new Response(null, {
        status: 204,
        headers: {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Methods': 'GET, POST',
          'Access-Control-Allow-Headers': 'Authorization, Content-Type',
          'Access-Control-Max-Age': '600',
          Vary: 'Origin',
        },
      });
    }
    await next();
    context.res.headers.append('Vary', 'Origin');
    const allowed = context.get('corsOrigin');
    if (allowed && allowed === origin) {
      context.res.headers.set('Access-Control-Allow-Origin', allowed);
      context.res.headers.set('Access-Control-Expose-Headers', EXPOSED);
    }
  };
}
