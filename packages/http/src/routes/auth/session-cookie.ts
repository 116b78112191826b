/** The console's session cookie: HttpOnly (scripts never see it), SameSite=Lax, Secure on https. */
import { SESSION_MS } from '@frontdesk/services/accounts/sign-in';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'fd_session';

/** True when the server is reached over https, so the cookie is only ever sent encrypted. */
const isSecure = (publicUrl: string) => publicUrl.startsWith('https:');

/** Sets the cookie to the session's secret. */
export function setSessionCookie(context: Context, secret: string, publicUrl: string): void {
  setCookie(context, SESSION_COOKIE, secret, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: isSecure(publicUrl),
    maxAge: Math.floor(SESSION_MS / 1000),
  });
}

/** Tells the browser to forget the cookie. */
export function clearSessionCookie(context: Context, publicUrl: string): void {
  deleteCookie(context, SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: isSecure(publicUrl),
  });
}

/** The session secret the request carries, if any. */
export function readSessionCookie(context: Context): string | undefined {
  const value = getCookie(context, SESSION_COOKIE);
  return value === undefined || value === '' ? undefined : value;
}

/** The request's credentials as an Authorization value: its bearer header, else its session cookie. */
export function requestAuthorization(context: Context): string | undefined {
  const header = context.req.header('authorization');
  if (header !== undefined) return header;
  const session = readSessionCookie(context);
  return session === undefined ? undefined : `Bearer ${session}`;
}
