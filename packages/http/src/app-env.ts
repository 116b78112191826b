/** The Hono environment shared by every route: what middleware puts on the context. */
import type { Token } from '@frontdesk/core';
import type { Logger } from 'pino';

export interface AppEnv {
  Variables: {
    /** Set for every request by the request-id middleware; also sent as `X-Request-Id`. */
    requestId: string;
    /** A child logger carrying the request id. */
    logger: Logger;
    /** The caller's token; set by the auth middleware on authenticated routes. */
    token: Token;
    /** The permissions of a custom-role token (built-in roles leave it unset); set by the auth middleware. */
    permissions: ReadonlySet<string>;
    /** The rate-limit key of the caller: socket address, or forwarded address behind a trusted proxy. */
    clientKey: string;
  };
}
