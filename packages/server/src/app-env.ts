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
    /** The rate-limit key of the caller: socket address, or forwarded address behind a trusted proxy. */
    clientKey: string;
  };
}
