/** Bearer-token authentication for the API: sets `token`, or answers 401 in the error envelope. */
import { AuthError, type Clock, type MemberStore, type WorkspaceStore } from '@frontdesk/core';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import { errorResponse } from '../error-response.js';
import { isBuiltInRole, permissionsOf } from '../permissions.js';
import { verifyToken } from '../tokens.js';

/**
 * Requires a valid, unrevoked, unexpired personal access token on every request it guards. Built-in
 * roles cost no query beyond the token lookup; a custom role is read once per request.
 */
export function requireToken(
  store: WorkspaceStore & Pick<MemberStore, 'getRole'>,
  dependencies: { clock?: Clock } = {},
): MiddlewareHandler<AppEnv> {
  return async (context, next) => {
    try {
      const token = await verifyToken(store, context.req.header('authorization'), dependencies);
      context.set('token', token);
      if (!isBuiltInRole(token.role)) {
        context.set(
          'permissions',
          permissionsOf(token.role, await store.getRole(token.workspaceId, token.role)),
        );
      }
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      return errorResponse(error, { 'WWW-Authenticate': 'Bearer' });
    }
    await next();
  };
}
