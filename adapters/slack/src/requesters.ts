/**
 * The Slack user behind a message: the Frontdesk requester (name and email when allowed) and the
 * person's Slack locale, from one cached `users.info` call.
 */
import type { Requester } from '@frontdesk/core';
import type { webApi } from '@slack/bolt';
import type { SlackLogger } from './options.js';
import { redact, slackErrorCode } from './receiver.js';

/** Profiles change rarely; a short cache saves one call per message. */
const CACHE_MS = 10 * 60 * 1000;

export interface Requesters {
  lookup(user: string): Promise<Requester>;
  /** The user's Slack language (`es-ES`), when Slack tells it. */
  locale(user: string): Promise<string | undefined>;
}

interface Profile {
  requester: Requester;
  locale?: string;
}

/**
 * Looks users up through the Web API; without the scopes (or on any error) the requester is just
 * the id and the locale unknown, so the message is answered all the same.
 */
export function createRequesters(
  client: webApi.WebClient,
  now: () => number,
  logger?: Pick<SlackLogger, 'debug'>,
): Requesters {
  const cache = new Map<string, { profile: Promise<Profile>; expiresAt: number }>();

  async function fetchProfile(user: string): Promise<Profile> {
    const requester: Requester = { id: user };
    try {
      const info = await client.users.info({ user, include_locale: true });
      const name = info.user?.profile?.real_name || info.user?.real_name || info.user?.name;
      if (name) requester.name = name;
      if (info.user?.profile?.email) requester.email = info.user.profile.email;
      return { requester, ...(info.user?.locale ? { locale: info.user.locale } : {}) };
    } catch (error) {
      // `users:read` and `users:read.email` may not be granted: English and an id are enough.
      logger?.debug({ err: redact(error), code: slackErrorCode(error) }, 'slack: users.info failed');
      return { requester };
    }
  }

  function profile(user: string): Promise<Profile> {
    const cached = cache.get(user);
    if (cached && cached.expiresAt > now()) return cached.profile;
    // The promise is kept, so the lookups of one message share a single call.
    const fresh = fetchProfile(user);
    cache.set(user, { profile: fresh, expiresAt: now() + CACHE_MS });
    return fresh;
  }

  return {
    lookup: async (user) => ({ ...(await profile(user)).requester }),
    locale: async (user) => (await profile(user)).locale,
  };
}
