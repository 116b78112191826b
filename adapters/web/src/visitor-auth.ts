/** Middleware: the visitor token in `Authorization: Bearer`, its bot, and the page's origin. */
import { AuthError, type Clock, type Store } from '@frontdesk/core';
import type { MiddlewareHandler } from 'hono';
import type { VisitorTokens } from './visitor-token.js';
import { anyBotAllows, checkOrigin, loadWidgetBot } from './widget-bots.js';
import type { WidgetEnv } from './widget-env.js';

export interface VisitorAuthDependencies {
  store: Store;
  tokens: VisitorTokens;
  clock: Clock;
  publicUrl: string;
}

/** Sets `visitor` and `bot`; a missing, forged or expired token is a 401 the widget renews on. */
export function requireVisitor(deps: VisitorAuthDependencies): MiddlewareHandler<WidgetEnv> {
  return async (context, next) => {
    const match = /^Bearer\s+(\S+)$/i.exec(context.req.header('authorization') ?? '');
    const claims = match ? deps.tokens.verify(match[1] as string, deps.clock.now()) : undefined;
    if (!claims) {
      // An allowed page must be able to read this 401, or it cannot tell it should renew.
      const origin = context.req.header('origin');
      if (origin && (await anyBotAllows(deps.store, origin, { publicUrl: deps.publicUrl }))) {
        context.set('corsOrigin', origin);
      }
      throw new AuthError('The visitor token is missing, expired or invalid: open a new widget session.');
    }
    const bot = await loadWidgetBot(deps.store, claims.workspaceId, claims.botId);
    // Turning verification on ends every anonymous token at once, not when it expires.
    if (bot.settings.widget.identity.required && !claims.verified) {
      throw new AuthError('Identity verification is now required for this bot: open a new widget session.');
    }
    checkOrigin(context, bot, deps.publicUrl, { required: false });
    context.set('visitor', claims);
    context.set('bot', bot);
    await next();
  };
}
