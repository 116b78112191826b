/** What each `frontdesk` subcommand does; parsing and dispatch live in cli.ts. */
import { createIdSource, type Role, type Store, systemClock } from '@frontdesk/core';
import { migrateToLatest, openSqliteDatabase } from '@frontdesk/store';
import { ensureDefaultWorkspace } from './bootstrap.js';
import type { Settings } from './config.js';
import { databaseFile, openStore } from './open-store.js';
import { startServer } from './server.js';
import { createToken } from './tokens.js';

const ROLES: readonly Role[] = ['owner', 'admin', 'staff', 'viewer'];

/** A mistake in how the command was typed: help is shown and the exit code is 2. */
export class UsageError extends Error {}

/** Where a command writes: results on `out`, explanations and errors on `err`. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/** Opens the store (migrating it), runs `run`, and always closes it. */
export async function withStore(settings: Settings, run: (store: Store) => Promise<number>): Promise<number> {
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
    await startServer(settings, { handleSignals: true });
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

/** `frontdesk migrate`: runs pending migrations and names each one. */
export async function migrate(settings: Settings, output: Output): Promise<number> {
  const file = databaseFile(settings);
  const db = openSqliteDatabase(file);
  try {
    const ran = await migrateToLatest(db);
    if (ran.length === 0) output.out(`${file} is up to date.\n`);
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
  output.out(`${token}\n`);
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
  output.out(
    table(
      ['ID', 'NAME', 'ROLE', 'MEMBER', 'PREFIX', 'CREATED', 'LAST USED', 'EXPIRES', 'REVOKED'],
      tokens.map((token) => [
        token.id,
        token.name,
        token.role,
        token.memberId ?? '-',
        `${token.prefix}…`,
        time(token.createdAt),
        time(token.lastUsedAt),
        time(token.expiresAt),
        time(token.revokedAt),
      ]),
    ),
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
  output.out(
    table(
      ['ID', 'NAME', 'WORKSPACE', 'AGENT', 'ENABLED'],
      bots.map((bot) => [bot.id, bot.name, bot.workspaceId, bot.agent.kind, bot.enabled ? 'yes' : 'no']),
    ),
  );
  return 0;
}

/** A time as `YYYY-MM-DD HH:MM` (UTC), or `-`. */
export function time(ms: number | null | undefined): string {
  return ms == null ? '-' : new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}

/** Columns padded to their widest cell; no library for a dozen lines of output. */
export function table(headers: string[], rows: string[][]): string {
  if (rows.length === 0) return '(none)\n';
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return `${[headers, ...rows].map(line).join('\n')}\n`;
}
