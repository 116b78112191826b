/**
 * `frontdesk member set-password --email ADDRESS [--name N] [--role R]`: gives a member a console
 * password, read from stdin (so it never sits in the shell history). A new e-mail becomes a member
 * (default role: owner): this is how the first owner signs in with a password.
 */
import { createIdSource, type Member, type Store, systemClock, ValidationError } from '@frontdesk/core';
import { setMemberPassword } from '@frontdesk/services/accounts/set-password';
import { workspaceOf } from './cli-admin-commands.js';
import { UsageError } from './cli-commands.js';
import type { Output } from './cli-output.js';

const ROLES = ['owner', 'admin', 'staff', 'viewer'];

/** The whole of stdin, without the final line break; an error when it is a terminal. */
export async function readPasswordFromStdin(stdin: NodeJS.ReadStream = process.stdin): Promise<string> {
  if (stdin.isTTY) {
    throw new UsageError(
      'Pipe the password in, e.g. printf \'%s\' "$PASSWORD" | frontdesk member set-password --email ADDRESS',
    );
  }
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export async function setPasswordCommand(
  store: Store,
  values: { email?: string | undefined; name?: string | undefined; role?: string | undefined },
  password: string,
  output: Output,
): Promise<number> {
  const email = values.email?.trim().toLowerCase();
  if (!email || !/^[^\s@]+@[^\s@]+$/.test(email)) {
    throw new UsageError('member set-password needs --email ADDRESS');
  }
  const role = values.role ?? 'owner';
  if (!ROLES.includes(role) && !role.startsWith('role_')) {
    throw new UsageError(`--role must be one of ${ROLES.join(', ')} or a custom role id`);
  }
  const workspaceId = await workspaceOf(store);
  let member = (await store.listMembers(workspaceId)).find((each) => each.email === email);
  const created = !member;
  if (!member) {
    const now = systemClock.now();
    member = {
      id: createIdSource().id('mem'),
      workspaceId,
      email,
      name: values.name?.trim() || email.split('@')[0]!,
      role: role as Member['role'],
      status: 'invited',
      createdAt: now,
      updatedAt: now,
    };
  }
  try {
    // Checks the password before a new member is saved, so a refused one leaves nothing behind.
    if (created) await store.saveMember(member);
    await setMemberPassword(store, member, password, systemClock);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    if (created) await store.deleteMember(workspaceId, member.id);
    output.err(`${error.message.replace(/^password: /, 'The password ')}\n`);
    return 1;
  }
  output.err(
    created
      ? `Added ${email} as ${member.role} with a password; sign in at /console.\n`
      : `Set the password of ${email}; sign in at /console.\n`,
  );
  return 0;
}
