/** Refuses request bodies over a size limit with a 413 in the error envelope. */
import { ValidationError } from '@frontdesk/core';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../app-env.js';
import { errorResponse } from '../error-response.js';

/** The API's body limit: message text is at most 4,000 characters, so 64 KB is generous. */
export const DEFAULT_BODY_LIMIT_BYTES = 64 * 1024;

/** Checks `Content-Length`, or counts a chunked body as it arrives, against `maxBytes`. */
export function limitBody(maxBytes: number = DEFAULT_BODY_LIMIT_BYTES): MiddlewareHandler<AppEnv> {
  const limitText = maxBytes % 1024 === 0 ? `${maxBytes / 1024} KB` : `${maxBytes} bytes`;
  return bodyLimit({
    maxSize: maxBytes,
    onError: () =>
      errorResponse(new ValidationError(`Request body is larger than ${limitText}.`, { status: 413 })),
  });
}
