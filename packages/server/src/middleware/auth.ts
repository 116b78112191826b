/** Bearer-token authentication for the API: sets `token`, or answers 401 in the error envelope. */
import { AuthError, type Clock, type WorkspaceStore } from '@frontdesk/core';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { errorResponse } from '../error-response.js';
import { verifyToken } from '../tokens.js';

/** Requires a valid, unrevoked personal access token on every request it guards. */
export function requireToken(
  store: WorkspaceStore,
  dependencies: { clock?: Clock } = {},
): MiddlewareHandler<AppEnv> {
  return async (context, next) => {
    try {
      context.set('token', await verifyToken(store, context.req.header('authorization'), dependencies));
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      return errorResponse(error, { 'WWW-Authenticate': 'Bearer' });
    }
    await next();
  };
}
