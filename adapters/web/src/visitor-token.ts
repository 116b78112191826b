/** Signed visitor tokens for the widget API: `wv1.<claims>.<mac>`, HMAC-SHA256 under a key derived from the server secret. */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a visitor token says; the server signed it, so nothing here came from the browser unchecked. */
export interface VisitorClaims {
  workspaceId: string;
  botId: string;
  visitorId: string;
  /** Who the site said the visitor is; `verified` when a valid `userHash` came with it. */
  user?: { id: string; name?: string; email?: string };
  verified: boolean;
  /** The widget's language (`de`, …; English when unset): canned replies are sent in it. */
  language?: string;
  issuedAt: number;
  expiresAt: number;
}

export interface VisitorTokens {
  sign(claims: VisitorClaims): string;
  /** The claims of a token this server signed, or undefined; `allowExpired` is for renewals. */
  verify(token: string, now: number, options?: { allowExpired?: boolean }): VisitorClaims | undefined;
  /** A stable visitor id for a verified user of one bot, so their conversations follow them. */
  userVisitorId(workspaceId: string, botId: string, userId: string): string;
  /** A fresh random visitor id (128 bits). */
  anonymousVisitorId(): string;
}

/** A token lives this long; after that the widget renews it with the old one. */
export const VISITOR_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** An expired token still renews (keeping the visitor's conversations) for this long. */
const RENEWAL_WINDOW_MS = 180 * 24 * 60 * 60 * 1000;

function isCanonical(text: string): boolean {
  return /^[A-Za-z0-9_-]+$/.test(text) && Buffer.from(text, 'base64url').toString('base64url') === text;
}

/** Tokens signed with a key derived from `secretKey`, so a leaked token key reveals nothing else. */
export function createVisitorTokens(secretKey: Buffer): VisitorTokens {
  const key = createHmac('sha256', secretKey).update('frontdesk widget visitor tokens v1').digest();
  const mac = (text: string) => createHmac('sha256', key).update(text).digest();

  return {
    sign(claims) {
      const body = Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url');
      return `wv1.${body}.${mac(body).toString('base64url')}`;
    },
    verify(token, now, options = {}) {
      const parts = token.split('.');
      const [version, body, signature] = parts;
      if (parts.length !== 3 || version !== 'wv1' || !body || !signature) return undefined;
      // Canonical form only: the decoder forgives padding, stray characters and trailing bits, so
      // many strings would decode to one token; exactly the string we signed is accepted.
      const given = Buffer.from(signature, 'base64url');
      if (given.toString('base64url') !== signature || !isCanonical(body)) return undefined;
      const expected = mac(body);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
      let claims: VisitorClaims;
      try {
        claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as VisitorClaims;
      } catch {
        return undefined;
      }
      const limit = options.allowExpired ? claims.expiresAt + RENEWAL_WINDOW_MS : claims.expiresAt;
      return now < limit ? claims : undefined;
    },
    userVisitorId(workspaceId, botId, userId) {
      const digest = mac(`user\n${workspaceId}\n${botId}\n${userId}`).subarray(0, 16);
      return `u_${digest.toString('base64url')}`;
    },
    anonymousVisitorId() {
      return `v_${randomBytes(16).toString('base64url')}`;
    },
  };
}
