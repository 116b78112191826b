/**
 * Signed links that reopen a web conversation in the widget, sent in e-mails:
 * `<publicUrl>/?frontdesk_resume=fr1.<claims>.<mac>`. HMAC-SHA256 under a key derived from the
 * server secret; the widget's session route redeems one with `verify`.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a resume link grants: this one conversation, until `expiresAt`. */
export interface ResumeClaims {
  workspaceId: string;
  botId: string;
  conversationId: string;
  expiresAt: number;
}

/** The query parameter the widget reads on page load. */
export const RESUME_PARAMETER = 'frontdesk_resume';

/** A link in an e-mail stays valid this long. */
export const RESUME_LINK_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export interface ResumeLinks {
  /** The token for `claims`. */
  sign(claims: ResumeClaims): string;
  /** The page URL that opens the widget on the conversation. */
  url(publicUrl: string, claims: ResumeClaims): string;
  /** The claims of an unexpired token this server signed, else undefined. */
  verify(token: string, now: number): ResumeClaims | undefined;
}

export function createResumeLinks(secretKey: Buffer): ResumeLinks {
  const key = createHmac('sha256', secretKey).update('frontdesk conversation resume links v1').digest();
  const mac = (text: string) => createHmac('sha256', key).update(text).digest();
  const sign = (claims: ResumeClaims) => {
    const body = Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url');
    return `fr1.${body}.${mac(body).toString('base64url')}`;
  };
  return {
    sign,
    url: (publicUrl, claims) => `${publicUrl}/?${RESUME_PARAMETER}=${encodeURIComponent(sign(claims))}`,
    verify(token, now) {
      const [version, body, signature] = token.split('.');
      if (version !== 'fr1' || !body || !signature) return undefined;
      const expected = mac(body);
      const given = Buffer.from(signature, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
      try {
        const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as ResumeClaims;
        return typeof claims.expiresAt === 'number' && claims.expiresAt > now ? claims : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
