/** Checks one Slack connection for real: Slack's `auth.test` with that connection's bot token. */
import { NotFoundError } from '@frontdesk/core';
import type { AdapterContext } from './adapter-context.js';
import { ENV_CONNECTION } from './connections.js';

export interface ConnectionCheck {
  ok: boolean;
  message: string;
}

/** The bot token of a workspace's connection; 404 when the connection is another workspace's or unknown. */
async function tokenOf(context: AdapterContext, workspaceId: string, connectionId: string): Promise<string> {
  const { settings } = context;
  if (connectionId === ENV_CONNECTION && settings.botToken && workspaceId === settings.workspaceId)
    return settings.botToken;
  const installation = (await context.store.listSlackInstallations(workspaceId)).find(
    (candidate) => candidate.id === connectionId,
  );
  if (!installation || !context.installer)
    throw new NotFoundError('No such Slack connection in this workspace.');
  const auth = await context.installer.authorize({
    teamId: installation.teamId ?? undefined,
    enterpriseId: installation.enterpriseId ?? undefined,
    isEnterpriseInstall: installation.isEnterpriseInstall,
  } as never);
  if (!auth.botToken) throw new NotFoundError('This Slack connection has no bot token.');
  return auth.botToken;
}

/** `auth.test` through the adapter's Web API client: who the bot is, or Slack's refusal (e.g. `invalid_auth`). */
export async function checkConnection(
  context: AdapterContext,
  workspaceId: string,
  connectionId: string,
): Promise<ConnectionCheck> {
  try {
    const token = await tokenOf(context, workspaceId, connectionId);
    const result = await context.clients.for(token).client.auth.test({ token });
    const team = result.team ?? result.team_id ?? 'Slack';
    const user = result.user ?? result.user_id ?? 'the bot';
    return { ok: true, message: `Connected to ${team} as ${user}` };
  } catch (error) {
    if (error instanceof NotFoundError) throw error;
    const slackError = (error as { data?: { error?: unknown } }).data?.error;
    if (typeof slackError === 'string') return { ok: false, message: slackError };
    return { ok: false, message: error instanceof Error ? error.message : 'Slack did not answer.' };
  }
}
