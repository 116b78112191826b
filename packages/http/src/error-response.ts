/** The one error envelope every HTTP route answers with. */
import { type ErrorEnvelope, type FrontdeskError, RateLimitError } from '@frontdesk/core';

/** `error` is the short title of the envelope, per code. */
const TITLES: Record<string, string> = {
  invalid_request_error: 'invalid request',
  authentication_error: 'authentication error',
  permission_error: 'permission error',
  not_found: 'not found',
  rate_limit_error: 'rate limit exceeded',
  conflict_error: 'conflict',
  server_error: 'server error',
  agent_error: 'agent error',
};

export function errorEnvelope(error: FrontdeskError): ErrorEnvelope {
  return {
    success: false,
    code: error.code,
    error: TITLES[error.code] ?? error.code,
    message: error.message,
    status: error.status,
  };
}

/** Headers that go with an error: `Retry-After` and `RateLimit-*` for 429s. */
export function errorHeaders(error: FrontdeskError): Record<string, string> {
  if (!(error instanceof RateLimitError)) return {};
  return {
    'Retry-After': String(Math.max(1, Math.ceil(error.retryAfterMs / 1000))),
    ...rateLimitHeaders(error.state),
  };
}

export function rateLimitHeaders(state: {
  limit: number;
  remaining: number;
  resetMs: number;
}): Record<string, string> {
  return {
    'RateLimit-Limit': String(state.limit),
    'RateLimit-Remaining': String(Math.max(0, state.remaining)),
    'RateLimit-Reset': String(Math.max(0, Math.ceil(state.resetMs / 1000))),
  };
}

/** A JSON error response in the envelope. */
export function errorResponse(error: FrontdeskError, extraHeaders: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(errorEnvelope(error)), {
    status: error.status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...errorHeaders(error), ...extraHeaders },
  });
}
