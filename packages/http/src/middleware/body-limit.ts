/** Refuses request bodies over a size limit with a 413 in the error envelope. */
import { ValidationError } from '@frontdesk/core';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../app-env.js';
import { errorResponse } from '../error-response.js';

/** The API's body limit: message text is at most 4,000 characters, so 64 KB is generous. */
export const DEFAULT_BODY_LIMIT_BYTES = 64 * 1024;
/** The largest body any route takes (Slack and Teams payloads); applied to every route first. */
export const MAX_ANY_BODY_BYTES = 1024 * 1024;

/**
 * Checks `Content-Length` against `maxBytes`; a chunked body (no length) is counted as it arrives.
 * The common case reads only the header: touching `request.body` here would make the Node host
 * build a web stream for every request, which cost more than the rest of the request.
 */
export function limitBody(maxBytes: number = DEFAULT_BODY_LIMIT_BYTES): MiddlewareHandler<AppEnv> {
  const limitText = maxBytes % 1024 === 0 ? `${maxBytes / 1024} KB` : `${maxBytes} bytes`;
  const tooLarge = () =>
    errorResponse(new ValidationError(`Request body is larger than ${limitText}.`, { status: 413 }));
  const counting = bodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return async (context, next) => {
    const length = context.req.header('content-length');
    if (length !== undefined && context.req.header('transfer-encoding') === undefined) {
      return Number.parseInt(length, 10) > maxBytes ? tooLarge() : next();
    }
    if (context.req.method === 'GET' || context.req.method === 'HEAD') return next();
    return counting(context, next);
  };
}
