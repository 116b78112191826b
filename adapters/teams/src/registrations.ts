/**
 * Several Teams registrations: each Microsoft app id (an Azure Bot) answers for a workspace's bot.
 * An activity is handled by the registration its token names (`aud`) and authenticated against that
 * app id; a delivery goes out through the registration the conversation was reached by.
 */
import type { Sealer } from './options.js';
import { createRuntime, type Runtime, type Shared } from './runtime.js';

/** The audience (`aud`) a Bot Framework JWT names, read without checking it: the runtime checks it next. */
export function audienceOf(authorization: string | undefined): string | undefined {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  const payload = token?.split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { aud?: unknown };
    return typeof claims.aud === 'string' ? claims.aud : undefined;
  } catch {
    return undefined;
  }
}

/** The app id an activity or a conversation reference names as its bot (`28:{appId}`). */
export function botAppId(account: { id?: string } | null | undefined): string | undefined {
  const id = account?.id;
  return id?.startsWith('28:') ? id.slice(3) : undefined;
}

export interface Registry {
  /** The runtime of a registered app id; rebuilt when its registration changed. */
  runtimeFor(appId: string): Promise<Runtime | undefined>;
}

export function createRegistry(shared: Shared, sealer: Sealer | undefined): Registry {
  const built = new Map<string, { updatedAt: number; runtime: Runtime }>();
  return {
    async runtimeFor(appId) {
      const registration = await shared.store.getTeamsRegistration(appId);
      if (!registration) return undefined;
      const cached = built.get(appId);
      if (cached?.updatedAt === registration.updatedAt) return cached.runtime;
      const runtime = createRuntime(shared, {
        appId,
        appPassword: registration.secret && sealer ? sealer.open(registration.secret) : undefined,
        tenantId: registration.tenantId ?? undefined,
        workspaceId: registration.workspaceId,
        botId: registration.botId,
      });
      built.set(appId, { updatedAt: registration.updatedAt, runtime });
      return runtime;
    },
  };
}
