/**
 * `@slack/oauth`'s InstallationStore over Frontdesk's ChannelStore: one row per Slack team (or org),
 * Slack's installation record sealed, mapped to the Frontdesk workspace and bot the install was for.
 */
import { randomUUID } from 'node:crypto';
import type { ChannelStore, Clock } from '@frontdesk/core';
import type { Installation, InstallationQuery, InstallationStore } from '@slack/oauth';
import type { Sealer } from './options.js';

/** Where an install goes; carried through the OAuth `state` as the install's metadata. */
export interface InstallTarget {
  workspaceId: string;
  botId: string;
}

/** Reads the target from an installation's metadata; undefined when it has none or not ours. */
export function targetOf(metadata: string | undefined): InstallTarget | undefined {
  if (!metadata) return undefined;
  try {
    const parsed = JSON.parse(metadata) as Partial<InstallTarget>;
    return typeof parsed.workspaceId === 'string' && typeof parsed.botId === 'string'
      ? { workspaceId: parsed.workspaceId, botId: parsed.botId }
      : undefined;
  } catch {
    return undefined;
  }
}

const queryOf = (query: InstallationQuery<boolean>) => ({
  teamId: query.teamId ?? null,
  enterpriseId: query.enterpriseId ?? null,
  isEnterpriseInstall: query.isEnterpriseInstall,
});

/** The store; an install without a target (an org admin's install, a refresh) keeps the existing one, else `fallback`. */
export function createInstallationStore(options: {
  store: ChannelStore;
  sealer: Sealer;
  clock: Clock;
  fallback: InstallTarget;
}): InstallationStore {
  const { store, sealer, clock } = options;
  return {
    async storeInstallation(installation) {
      const teamId = installation.team?.id ?? null;
      const enterpriseId = installation.enterprise?.id ?? null;
      const isEnterpriseInstall = installation.isEnterpriseInstall === true;
      const existing = await store.findSlackInstallation({ teamId, enterpriseId, isEnterpriseInstall });
      const sameKind = existing && existing.isEnterpriseInstall === isEnterpriseInstall;
      const target = targetOf(installation.metadata) ?? (sameKind ? existing : undefined) ?? options.fallback;
      const now = clock.now();
      await store.saveSlackInstallation({
        id: `sli_${randomUUID().replace(/-/g, '')}`,
        workspaceId: target.workspaceId,
        botId: target.botId,
        teamId: isEnterpriseInstall ? null : teamId,
        enterpriseId,
        isEnterpriseInstall,
        secret: sealer.seal(JSON.stringify(installation)),
        createdAt: now,
        updatedAt: now,
      });
    },
    async fetchInstallation(query) {
      const found = await store.findSlackInstallation(queryOf(query));
      if (!found) throw new Error(`No Slack installation for team ${query.teamId ?? query.enterpriseId}`);
      return JSON.parse(sealer.open(found.secret)) as Installation<'v2', boolean>;
    },
    async deleteInstallation(query) {
      const found = await store.findSlackInstallation(queryOf(query));
      if (found) await store.deleteSlackInstallation(found.id);
    },
  };
}
