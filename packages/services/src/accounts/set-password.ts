/**
 * Giving a member a password: checked, hashed, stored under their current e-mail; the member becomes
 * active, and their console sessions signed in with the old password end.
 */
import { type Clock, type Member, type Store, ValidationError } from '@frontdesk/core';
import { hashPassword, passwordProblem } from './passwords.js';
import { SESSION_TOKEN_NAME } from './sign-in.js';

/** Sets `member`'s password and marks them active; a bad password is a 400 naming `password`. */
export async function setMemberPassword(
  store: Store,
  member: Member,
  password: string,
  clock: Clock,
): Promise<Member> {
  const problem = passwordProblem(password);
  if (problem) throw new ValidationError(`password: ${problem}.`);
  const now = clock.now();
  await store.setPassword({
    workspaceId: member.workspaceId,
    memberId: member.id,
    email: member.email.toLowerCase(),
    hash: await hashPassword(password),
    updatedAt: now,
  });
  for (const token of await store.listTokens(member.workspaceId)) {
    if (token.memberId === member.id && token.name === SESSION_TOKEN_NAME && token.revokedAt === null) {
      await store.revokeToken(token.id, now);
    }
  }
  if (member.status === 'active') return member;
  const active: Member = { ...member, status: 'active', updatedAt: now };
  await store.saveMember(active);
  return active;
}
