/** What each `frontdesk` subcommand does; parsing is in cli.ts, dispatch in cli-run.ts. */
import { existsSync } from 'node:fs';
import { createIdSource, type Role, type Store, systemClock } from '@frontdesk/core';
import { ensureDefaultWorkspace } from '@frontdesk/services/accounts/bootstrap';
import { createToken } from '@frontdesk/services/accounts/tokens';
import type { Settings } from '@frontdesk/services/settings/config';
import { databaseFile, openStore } from '@frontdesk/services/store/open-store';
import { describeDatabase, isPostgresUrl, migrateToLatest, openDatabase } from '@frontdesk/store';
import { type Output, printList, printResult, time } from './cli-output.js';

export { type Output, table, time } from './cli-output.js';

const ROLES: readonly Role[] = ['owner', 'admin', 'staff', 'viewer'];

/** A mistake in how the command was typed: help is shown and the exit code is 2. */
export class UsageError extends Error {}

/**
 * Opens the store (migrating it), runs `run`, and always closes it. A database that did not
 * exist yet is named on stderr, so a command run in the wrong place never works on an empty
 * one in silence.
 */
export async function withStore(
  settings: Settings,
  run: (store: Store) => Promise<number>,
  output?: Output,
): Promise<number> {
  const file = databaseFile(settings);
  if (output && !isPostgresUrl(settings.databaseUrl) && !existsSync(file)) {
    output.err(`No database at ${file} yet; created it. Set FRONTDESK_DATA_DIR to use another one.\n`);
  }
  const store = await openStore(settings);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

/** `frontdesk start`: listens until SIGTERM or SIGINT. */
export async function start(settings: Settings, output: Output): Promise<number> {
  try {
    // Only `start` loads the server: every other command stays light.
    const { startServer } = await import('@frontdesk/server/server');
    await startServer(settings, { handleSignals: true });
    output.out(startBanner(settings.publicUrl));
    return 0;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      output.err(`Cannot listen on ${settings.host}:${settings.port}: ${code}\n`);
      return 1;
    }
    throw error;
  }
}

/** Printed on every start: where to chat and where to answer. */
export function startBanner(publicUrl: string): string {
  return [
    '',
    `  Demo page (chat with the demo bot):  ${publicUrl}/`,
    `  Staff console:                       ${publicUrl}/console`,
    '  Sign in with your e-mail and password; give the first owner one with:',
    '    printf \'%s\' "$PASSWORD" | npx frontdesk member set-password --email you@example.com',
    '  or use an API token: the owner token printed at the first start, or a new one:',
    '    npx frontdesk token create --name NAME --role staff',
    '',
    '',
  ].join('\n');
}

/** `frontdesk migrate`: runs pending migrations and names each one. */
export async function migrate(settings: Settings, output: Output): Promise<number> {
  const target = { databaseUrl: settings.databaseUrl, sqliteFile: databaseFile(settings) };
  const db = openDatabase(target);
  try {
    const ran = await migrateToLatest(db);
    if (ran.length === 0) output.out(`${describeDatabase(target)} is up to date.\n`);
    for (const name of ran) output.out(`Ran migration ${name}\n`);
    return 0;
  } finally {
    await db.destroy();
  }
}

/** `frontdesk token create`: the token goes to stdout, once. */
export async function createTokenCommand(
  store: Store,
  values: {
    name?: string | undefined;
    role?: string | undefined;
    expires?: string | undefined;
    member?: string | undefined;
  },
  output: Output,
): Promise<number> {
  const name = values.name?.trim();
  if (!name) throw new UsageError('token create needs --name NAME');
  const role = (values.role ?? 'admin') as Role;
  if (!ROLES.includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
  const clock = systemClock;
  const expiresAt = expiryOf(values.expires, clock.now());
  const { workspaceId } = await ensureDefaultWorkspace(store, clock);
  const memberId = values.member ?? null;
  if (memberId && !(await store.getMember(workspaceId, memberId))) {
    output.err(`No member with id ${memberId}.\n`);
    return 1;
  }
  const { token, record } = await createToken(
    store,
    { workspaceId, name, role, memberId, expiresAt },
    { clock, ids: createIdSource() },
  );
  // The explanation goes to stderr, so `TOKEN=$(frontdesk token create --name ci)` captures only the token.
  output.err(`Created ${record.role} token ${record.id} "${record.name}". It is shown only this once:\n`);
  const { id, role: createdRole, expiresAt: expires, memberId: member } = record;
  printResult(output, `${token}\n`, {
    id,
    name,
    role: createdRole,
    memberId: member,
    expiresAt: expires,
    token,
  });
  return 0;
}

/** `--expires 30d` (days from now) or an ISO date; unset: never. */
function expiryOf(value: string | undefined, now: number): number | null {
  if (value === undefined) return null;
  const days = /^(\d{1,4})d$/.exec(value);
  const at = days ? now + Number(days[1]) * 86_400_000 : Date.parse(value);
  if (!Number.isFinite(at) || at <= now)
    throw new UsageError('--expires must be like 30d or a future ISO date');
  return at;
}

/** `frontdesk token list`: every token, never the secret. */
export async function listTokens(store: Store, output: Output): Promise<number> {
  const tokens = await store.listTokens();
  printList(
    output,
    tokens,
    [
      ['ID', (token) => token.id],
      ['NAME', (token) => token.name],
      ['ROLE', (token) => token.role],
      ['MEMBER', (token) => token.memberId ?? '-'],
      ['PREFIX', (token) => `${token.prefix}…`],
      ['CREATED', (token) => time(token.createdAt)],
      ['LAST USED', (token) => time(token.lastUsedAt)],
      ['EXPIRES', (token) => time(token.expiresAt)],
      ['REVOKED', (token) => time(token.revokedAt)],
    ],
    ({ id, name, role, memberId, prefix, createdAt, lastUsedAt, expiresAt, revokedAt }) => ({
      id,
      name,
      role,
      memberId,
      prefix,
      createdAt,
      lastUsedAt,
      expiresAt,
      revokedAt,
    }),
  );
  return 0;
}

/** `frontdesk token revoke ID`: exit 1 when there is no such token. */
export async function revokeToken(store: Store, id: string, output: Output): Promise<number> {
  if (!(await store.revokeToken(id, systemClock.now()))) {
    output.err(`No token with id ${id}.\n`);
    return 1;
  }
  output.out(`Revoked ${id}.\n`);
  return 0;
}

/** `frontdesk bot list`. */
export async function listBots(store: Store, output: Output): Promise<number> {
  const bots = await store.listBots();
  printList(
    output,
    bots,
    [
      ['ID', (bot) => bot.id],
      ['NAME', (bot) => bot.name],
      ['WORKSPACE', (bot) => bot.workspaceId],
      ['AGENT', (bot) => bot.agent.kind],
      ['ENABLED', (bot) => (bot.enabled ? 'yes' : 'no')],
    ],
    ({ id, name, workspaceId, agent, enabled }) => ({ id, name, workspaceId, agent: agent.kind, enabled }),
  );
  return 0;
}
