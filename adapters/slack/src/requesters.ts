/** The Slack user behind a message as a Frontdesk requester: name and email from `users.info` when allowed. */
import type { Requester } from '@frontdesk/core';
import type { webApi } from '@slack/bolt';

/** Profiles change rarely; a short cache saves one call per message. */
const CACHE_MS = 10 * 60 * 1000;

export interface Requesters {
  lookup(user: string): Promise<Requester>;
}

/** Looks users up through the Web API; without the scopes (or on any error) the requester is just the id. */
export function createRequesters(client: webApi.WebClient, now: () => number): Requesters {
  const cache = new Map<string, { requester: Requester; expiresAt: number }>();
  return {
    async lookup(user) {
      const cached = cache.get(user);
      if (cached && cached.expiresAt > now()) return cached.requester;
      const requester: Requester = { id: user };
      try {
        const info = await client.users.info({ user });
        const name = info.user?.profile?.real_name || info.user?.real_name || info.user?.name;
        if (name) requester.name = name;
        if (info.user?.profile?.email) requester.email = info.user.profile.email;
      } catch {
        // `users:read.email` is optional: a workspace may not grant it.
      }
      cache.set(user, { requester, expiresAt: now() + CACHE_MS });
      return requester;
    },
  };
}
