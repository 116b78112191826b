/** What admins do with Teams registrations: register an app id for a bot, list them (no secrets), remove one. */
import { ConflictError, NotFoundError, type TeamsRegistration, ValidationError } from '@frontdesk/core';
import type { AdapterContext } from './adapter-context.js';
import type { Sealer } from './options.js';

const APP_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface RegistrationInput {
  workspaceId: string;
  appId: string;
  botId: string;
  tenantId?: string | undefined;
  /** The app's client secret; left out, an earlier one is kept. */
  password?: string | undefined;
}

/** A registration as the API shows it: whether a secret is set, never the secret. */
export function registrationView(registration: TeamsRegistration) {
  return {
    appId: registration.appId,
    botId: registration.botId,
    tenantId: registration.tenantId,
    hasSecret: registration.secret !== null,
    createdAt: new Date(registration.createdAt).toISOString(),
    updatedAt: new Date(registration.updatedAt).toISOString(),
  };
}

/** Registers (or updates) an app id for one of the workspace's bots. */
export async function registerApp(
  context: Pick<AdapterContext, 'store' | 'clock' | 'settings'>,
  sealer: Sealer | undefined,
  input: RegistrationInput,
): Promise<ReturnType<typeof registrationView>> {
  const { store } = context;
  if (!APP_ID.test(input.appId)) throw new ValidationError('appId: expected a Microsoft app id (a GUID)');
  if (input.appId === context.settings.appId)
    throw new ConflictError('This app id is the server’s own (MICROSOFT_APP_ID).');
  if (!(await store.getBot(input.workspaceId, input.botId)))
    throw new ValidationError(`botId: no bot "${input.botId}" in this workspace`);
  const existing = await store.getTeamsRegistration(input.appId);
  if (existing && existing.workspaceId !== input.workspaceId)
    throw new ConflictError('This app id is registered by another workspace.');
  if (input.password && !sealer) throw new ValidationError('password: the server cannot store secrets');
  const now = context.clock.now();
  const registration: TeamsRegistration = {
    appId: input.appId,
    workspaceId: input.workspaceId,
    botId: input.botId,
    tenantId: input.tenantId ?? null,
    secret: input.password && sealer ? sealer.seal(input.password) : (existing?.secret ?? null),
    createdAt: existing?.createdAt ?? now,
    updatedAt: Math.max(now, (existing?.updatedAt ?? 0) + 1),
  };
  await store.saveTeamsRegistration(registration);
  return registrationView(registration);
}

/** Removes a registration of the workspace; 404 when it has none with that app id. */
export async function removeApp(
  context: Pick<AdapterContext, 'store'>,
  workspaceId: string,
  appId: string,
): Promise<void> {
  if (!(await context.store.deleteTeamsRegistration(workspaceId, appId)))
    throw new NotFoundError('No such Teams registration in this workspace.');
}
