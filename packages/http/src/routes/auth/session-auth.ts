/**
 * Authentication for `/v1`: a bearer token as before, or else the console's session cookie. A
 * cookie session is a member's token, so roles and permissions are checked the same way
 * (permissions.ts); its writes must also carry the session's CSRF token in `X-CSRF-Token`.
 */
import { AuthError, type Clock, PermissionError } from '@frontdesk/core';
import { CSRF_HEADER, csrfMatches } from '@frontdesk/services/accounts/session-csrf';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../app-env.js';
import { errorResponse } from '../../error-response.js';
import { type AuthStore, authenticate } from '../../middleware/auth.js';
import { readSessionCookie } from './session-cookie.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Requires a valid bearer token, or a session cookie (plus the CSRF header on writes). */
export function requireTokenOrSession(
  store: AuthStore,
  dependencies: { clock?: Clock } = {},
): MiddlewareHandler<AppEnv> {
  return async (context, next) => {
    const header = context.req.header('authorization');
    const session = header === undefined ? readSessionCookie(context) : undefined;
    try {
      const { token, permissions } = await authenticate(
        store,
        session === undefined ? header : `Bearer ${session}`,
        dependencies,
      );
      if (
        session !== undefined &&
        !SAFE_METHODS.has(context.req.method) &&
        !csrfMatches(session, context.req.header(CSRF_HEADER))
      ) {
        return errorResponse(
          new PermissionError(`Signed-in writes need the ${CSRF_HEADER} header of this session.`),
        );
      }
      context.set('token', token);
      if (permissions) context.set('permissions', permissions);
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      return errorResponse(error, session === undefined ? { 'WWW-Authenticate': 'Bearer' } : {});
    }
    await next();
  };
}
