/** `app_uninstalled` and `tokens_revoked` (either order): the installation's tokens and routes are removed. */
import type { App } from '@slack/bolt';
import type { AdapterContext } from '../adapter-context.js';
import { redact } from '../receiver.js';

interface Envelope {
  team_id?: string;
  enterprise_id?: string;
  is_enterprise_install?: boolean;
  authorizations?: {
    team_id?: string | null;
    enterprise_id?: string | null;
    is_enterprise_install?: boolean;
  }[];
}

/** Registers the cleanup listeners; Bolt runs them without authorizing (the tokens may be gone already). */
export function registerUninstallListeners(app: App, context: AdapterContext): void {
  const remove = async (body: Envelope, why: string) => {
    const authorization = body.authorizations?.[0];
    const teamId = authorization?.team_id ?? body.team_id ?? null;
    const enterpriseId = authorization?.enterprise_id ?? body.enterprise_id ?? null;
    const isEnterpriseInstall = authorization?.is_enterprise_install ?? body.is_enterprise_install ?? false;
    try {
      const found = await context.store.findSlackInstallation({ teamId, enterpriseId, isEnterpriseInstall });
      if (!found) return;
      await context.store.deleteSlackInstallation(found.id);
      context.logger.info(
        { connectionId: found.id, teamId, enterpriseId, why },
        'slack: installation removed',
      );
    } catch (error) {
      context.logger.error({ err: redact(error), teamId }, 'slack: cannot remove the installation');
    }
  };
  app.event('app_uninstalled', async ({ body }) => remove(body as Envelope, 'app_uninstalled'));
  app.event('tokens_revoked', async ({ event, body }) => {
    // Only the bot token matters to Frontdesk; revoked user tokens leave the installation working.
    const revoked = (event as { tokens?: { bot?: string[] } }).tokens?.bot ?? [];
    if (revoked.length > 0) await remove(body as Envelope, 'tokens_revoked');
  });
}
