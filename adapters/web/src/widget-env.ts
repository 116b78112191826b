/** The Hono environment of the widget API: the app's variables plus the visitor, the bot and the CORS origin. */
import type { Bot } from '@frontdesk/core';
import type { AppEnv } from '@frontdesk/http/app-env';
import type { VisitorClaims } from './visitor-token.js';

export interface WidgetEnv {
  Variables: AppEnv['Variables'] & {
    /** Set by `requireVisitor` from the signed token. */
    visitor: VisitorClaims;
    /** The visitor's bot, with settings parsed (defaults filled in). */
    bot: Bot;
    /** The request's `Origin` once it is known to be allowed; the CORS middleware echoes it. */
    corsOrigin: string;
  };
}
