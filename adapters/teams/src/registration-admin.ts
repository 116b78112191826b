/** What admins do with Teams registrations: register an app id for a bot, list them (no secrets, with their routes), remove one. */
import { ConflictError, NotFoundError, type TeamsRegistration, ValidationError } from '@frontdesk/core';
import type { AdapterContext } from './adapter-context.js';
import { ENV_CONNECTION, hasEnvConnection } from './channel-routes.js';
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

/** A Teams connection as the API shows it: whether a secret is set, never the secret. */
export interface RegistrationView {
  /** `teams:env` for MICROSOFT_APP_ID (or the Emulator), else the app id; channel routes hang off it. */
  connectionId: string;
  kind: 'environment' | 'registration';
  /** Null for the Emulator (no app id). */
  appId: string | null;
  botId: string;
  tenantId: string | null;
  hasSecret: boolean;
  /** Null for the environment's connection. */
  createdAt: string | null;
  updatedAt: string | null;
}

export function registrationView(registration: TeamsRegistration): RegistrationView {
  return {
    connectionId: registration.appId,
    kind: 'registration',
    appId: registration.appId,
    botId: registration.botId,
    tenantId: registration.tenantId,
    hasSecret: registration.secret !== null,
    createdAt: new Date(registration.createdAt).toISOString(),
    updatedAt: new Date(registration.updatedAt).toISOString(),
  };
}

/** A connection's channel routes: the Teams channels (or teams) answered by another bot. */
export interface RouteView {
  channelId: string;
  botId: string;
}

/**
 * The workspace's Teams connections, each with its routes: the env connection (MICROSOFT_APP_ID or
 * the Emulator, `teams:env`, default workspace only) first, then the registrations.
 */
export async function listConnections(
  context: Pick<AdapterContext, 'store' | 'settings'>,
  workspaceId: string,
): Promise<(RegistrationView & { routes: RouteView[] })[]> {
  const { settings, store } = context;
  const env: RegistrationView[] =
    hasEnvConnection(settings) && workspaceId === settings.workspaceId
      ? [
          {
            connectionId: ENV_CONNECTION,
            kind: 'environment',
            appId: settings.appId ?? null,
            botId: settings.botId,
            tenantId: settings.tenantId ?? null,
            hasSecret: settings.appPassword !== undefined,
            createdAt: null,
            updatedAt: null,
          },
        ]
      : [];
  const registrations = (await store.listTeamsRegistrations(workspaceId)).map(registrationView);
  const routes = await store.listChannelRoutes(workspaceId);
  return [...env, ...registrations].map((connection) => ({
    ...connection,
    routes: routes
      .filter((route) => route.connectionId === connection.connectionId)
      .map((route) => ({ channelId: route.channelId, botId: route.botId })),
  }));
}

/** Registers (or updates) an app id for one of the workspace's bots. */
export async function registerApp(
  context: Pick<AdapterContext, 'store' | 'clock' | 'settings'>,
  sealer: Sealer | undefined,
  input: RegistrationInput,
): Promise<RegistrationView> {
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
