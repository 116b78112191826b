/** Typed errors with stable codes; every channel maps them to its own surface. */

/** The stable codes of the public error envelope (see DESIGN "The agent endpoint"). */
export type ErrorCode =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'permission_error'
  | 'not_found'
  | 'rate_limit_error'
  | 'conflict_error'
  | 'server_error'
  | 'agent_error';

/** Base class of every error Frontdesk raises on purpose. */
export class FrontdeskError extends Error {
  readonly code: ErrorCode;
  readonly status: number;

  constructor(code: ErrorCode, status: number, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.status = status;
  }
}

/** The request is malformed or refers to something that does not exist (400, or 413 for size). */
export class ValidationError extends FrontdeskError {
  constructor(message: string, options?: { status?: 400 | 413; cause?: unknown }) {
    super('invalid_request_error', options?.status ?? 400, message, options);
  }
}

/** Missing, malformed, revoked or unknown credentials (401). */
export class AuthError extends FrontdeskError {
  constructor(message = 'Authentication failed.') {
    super('authentication_error', 401, message);
  }
}

/** Valid credentials that may not do this (403). */
export class PermissionError extends FrontdeskError {
  constructor(message = 'This token may not do that.') {
    super('permission_error', 403, message);
  }
}

/** Nothing here, or not yours: both look the same from outside (404). */
export class NotFoundError extends FrontdeskError {
  constructor(message = 'Not found.') {
    super('not_found', 404, message);
  }
}

/** Limits of a rate-limit window; reported as `RateLimit-*` headers. */
export interface RateLimitState {
  limit: number;
  remaining: number;
  resetMs: number;
}

/** Too many requests from one client (429); `retryAfterMs` says when to try again. */
export class RateLimitError extends FrontdeskError {
  readonly retryAfterMs: number;
  readonly state: RateLimitState;

  constructor(retryAfterMs: number, state: RateLimitState) {
    super('rate_limit_error', 429, 'Rate limit exceeded. Try again later.');
    this.retryAfterMs = retryAfterMs;
    this.state = state;
  }
}

/** The same request is still being processed (409), e.g. an idempotent retry arriving too early. */
export class ConflictError extends FrontdeskError {
  constructor(message: string) {
    super('conflict_error', 409, message);
  }
}

/** The agent failed (502) or did not answer in time (504); the user's message is kept. */
export class AgentError extends FrontdeskError {
  constructor(message: string, options?: { timeout?: boolean; cause?: unknown }) {
    super('agent_error', options?.timeout ? 504 : 502, message, options);
  }
}

/** Turns anything thrown into a FrontdeskError; unknown errors become a 500 with no detail. */
export function toFrontdeskError(error: unknown): FrontdeskError {
  if (error instanceof FrontdeskError) return error;
  return new FrontdeskError('server_error', 500, 'Internal server error.', { cause: error });
}
