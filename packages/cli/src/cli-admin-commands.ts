/** The `frontdesk` subcommands for bots, members and sessions; they act on the default workspace. */
import {
  createIdSource,
  type Member,
  type SessionAction,
  type Store,
  systemClock,
  withStatus,
} from '@frontdesk/core';
import { ensureDefaultWorkspace } from '@frontdesk/services/accounts/bootstrap';
import { UsageError } from './cli-commands.js';
import { type Output, printList, printResult, time } from './cli-output.js';

const ROLES = ['owner', 'admin', 'staff', 'viewer'];

/** The default workspace, where the CLI works. */
export async function workspaceOf(store: Store): Promise<string> {
  return (await ensureDefaultWorkspace(store, systemClock)).workspaceId;
}

/** `frontdesk bot show ID`: the bot's settings as JSON. */
export async function showBot(store: Store, id: string, output: Output): Promise<number> {
  const bot = await store.getBot(await workspaceOf(store), id);
  if (!bot) return missing(output, 'bot', id);
  output.out(`${JSON.stringify(bot, null, 2)}\n`);
  return 0;
}

/** `frontdesk bot enable|disable ID`. */
export async function setBotEnabled(
  store: Store,
  id: string,
  enabled: boolean,
  output: Output,
): Promise<number> {
  const bot = await store.getBot(await workspaceOf(store), id);
  if (!bot) return missing(output, 'bot', id);
  await store.saveBot({ ...bot, enabled, updatedAt: systemClock.now() });
  output.out(`${enabled ? 'Enabled' : 'Disabled'} ${id}.\n`);
  return 0;
}

/** `frontdesk member list`. */
export async function listMembers(store: Store, output: Output): Promise<number> {
  const members = await store.listMembers(await workspaceOf(store));
  printList(output, members, [
    ['ID', (member) => member.id],
    ['EMAIL', (member) => member.email],
    ['NAME', (member) => member.name],
    ['ROLE', (member) => member.role],
    ['STATUS', (member) => member.status],
    ['CREATED', (member) => time(member.createdAt)],
  ]);
  return 0;
}

/** `frontdesk member invite --email E [--name N] [--role R]`: prints the new member's id. */
export async function inviteMember(
  store: Store,
  values: { email?: string | undefined; name?: string | undefined; role?: string | undefined },
  output: Output,
): Promise<number> {
  const email = values.email?.trim().toLowerCase();
  if (!email || !/^[^\s@]+@[^\s@]+$/.test(email)) throw new UsageError('member invite needs --email ADDRESS');
  const role = values.role ?? 'staff';
  if (!ROLES.includes(role) && !role.startsWith('role_'))
    throw new UsageError(`--role must be one of ${ROLES.join(', ')} or a custom role id`);
  const workspaceId = await workspaceOf(store);
  if ((await store.listMembers(workspaceId)).some((member) => member.email === email)) {
    output.err(`A member with email ${email} exists.\n`);
    return 1;
  }
  const now = systemClock.now();
  const member: Member = {
    id: createIdSource().id('mem'),
    workspaceId,
    email,
    name: values.name?.trim() || email.split('@')[0]!,
    role: role as Member['role'],
    status: 'invited',
    createdAt: now,
    updatedAt: now,
  };
  await store.saveMember(member);
  output.err(`Invited ${email} as ${role}.\n`);
  printResult(output, `${member.id}\n`, member);
  return 0;
}

/** `frontdesk member remove ID`: also revokes the member's tokens. */
export async function removeMember(store: Store, id: string, output: Output): Promise<number> {
  const workspaceId = await workspaceOf(store);
  if (!(await store.getMember(workspaceId, id))) return missing(output, 'member', id);
  for (const token of await store.listTokens(workspaceId)) {
    if (token.memberId === id) await store.revokeToken(token.id, systemClock.now());
  }
  await store.deleteMember(workspaceId, id);
  output.out(`Removed ${id}.\n`);
  return 0;
}

/** `frontdesk session list`: latest activity first. */
export async function listSessions(store: Store, output: Output): Promise<number> {
  const sessions = await store.listSessions(await workspaceOf(store));
  printList(output, sessions, [
    ['ID', (session) => session.id],
    ['BOT', (session) => session.botId],
    ['STATUS', (session) => session.status],
    ['CHANNEL KEY', (session) => session.channelKey],
    ['LAST ACTIVITY', (session) => time(session.lastActivityAt)],
  ]);
  return 0;
}

/** `frontdesk session pause|open|close ID`. */
export async function changeSession(
  store: Store,
  id: string,
  action: SessionAction,
  output: Output,
): Promise<number> {
  const workspaceId = await workspaceOf(store);
  const session = await store.getSessionById(workspaceId, id);
  if (!session) return missing(output, 'session', id);
  const changed = withStatus(session, action, { by: 'cli', now: systemClock.now() });
  await store.saveSession(changed);
  output.out(`Session ${id} is ${changed.status}.\n`);
  return 0;
}

/** Says on stderr that there is no `what` with `id`; exit code 1. */
export function missing(output: Output, what: string, id: string): number {
  output.err(`No ${what} with id ${id}.\n`);
  return 1;
}
