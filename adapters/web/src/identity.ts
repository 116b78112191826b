/** Identity verification: the site's server signs the user id with the bot's secret (HMAC-SHA256, hex). */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { AuthError, type WidgetSessionRequest, type WidgetSettings } from '@frontdesk/core';

export interface CheckedIdentity {
  user?: { id: string; name?: string; email?: string };
  verified: boolean;
}

/** `hex(HMAC-SHA256(secret, userId))`: what a site's server computes and hands its page. */
export function computeUserHash(secret: string, userId: string): string {
  return createHmac('sha256', secret).update(userId, 'utf8').digest('hex');
}

function hashMatches(secret: string, userId: string, userHash: string): boolean {
  const expected = Buffer.from(computeUserHash(secret, userId), 'hex');
  const given = /^[0-9a-f]{64}$/i.test(userHash) ? Buffer.from(userHash, 'hex') : Buffer.alloc(0);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Checks the user a page claims. A wrong `userHash` is always refused; when verification is
 * required, a missing user or hash is refused too, never downgraded to an anonymous visitor.
 * Without a hash (and not required), name and email are kept as unverified contact details.
 */
export function checkIdentity(
  settings: WidgetSettings['identity'],
  user: WidgetSessionRequest['user'],
): CheckedIdentity {
  const { secret, required } = settings;
  if (required && !secret) {
    throw new AuthError(
      'Identity verification is required for this bot, but the bot has no identity secret configured.',
    );
  }
  if (!user || user.userHash === undefined) {
    if (required) {
      throw new AuthError(
        'Identity verification is required: send user.userId with user.userHash = hex(HMAC-SHA256(secret, userId)), computed on your server.',
      );
    }
    if (!user) return { verified: false };
    return { user: contact(user), verified: false };
  }
  if (!secret || !hashMatches(secret, user.userId, user.userHash)) {
    throw new AuthError('Identity verification failed: user.userHash does not match user.userId.');
  }
  return { user: contact(user), verified: true };
}

function contact(user: NonNullable<WidgetSessionRequest['user']>): CheckedIdentity['user'] {
  return {
    id: user.userId,
    ...(user.name ? { name: user.name } : {}),
    ...(user.email ? { email: user.email } : {}),
  };
}
