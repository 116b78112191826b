/**
 * The CSRF token of a cookie session: derived from the session's secret, so it needs no storage and
 * changes with every session. Pages of other sites can send the cookie but cannot read it, nor this.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/** The header cookie-authenticated writes must carry. */
export const CSRF_HEADER = 'X-CSRF-Token';

/** The CSRF token for the session whose secret is `sessionSecret`. */
export function csrfTokenFor(sessionSecret: string): string {
  return createHash('sha256').update(`frontdesk-csrf:${sessionSecret}`, 'utf8').digest('base64url');
}

/** True when `sent` is the CSRF token of `sessionSecret` (compared in constant time). */
export function csrfMatches(sessionSecret: string, sent: string | null | undefined): boolean {
  if (!sent) return false;
  const expected = Buffer.from(csrfTokenFor(sessionSecret));
  const given = Buffer.from(sent);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
