/**
 * Invitation links: a random secret in the console's address (`/console#/welcome/<secret>`), kept as
 * its sha-256, good for 7 days and once. Opening it lets the member choose a password.
 */
import {
  type Clock,
  type IdSource,
  type Invitation,
  type Member,
  NotFoundError,
  type Store,
} from '@frontdesk/core';
import { hashToken } from './tokens.js';

export const INVITATION_MS = 7 * 24 * 60 * 60 * 1000;

/** The console address that accepts an invitation. */
export function invitationLink(publicUrl: string, secret: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/console#/welcome/${secret}`;
}

/** Makes a new link for `member` (earlier unused links keep working until they expire). */
export async function createInvitation(
  store: Store,
  member: Member,
  deps: { clock: Clock; ids: IdSource },
): Promise<{ secret: string; invitation: Invitation }> {
  const secret = `inv_${deps.ids.secret(32)}`;
  const now = deps.clock.now();
  const invitation: Invitation = {
    id: deps.ids.id('inv'),
    workspaceId: member.workspaceId,
    memberId: member.id,
    hash: hashToken(secret),
    createdAt: now,
    expiresAt: now + INVITATION_MS,
    usedAt: null,
  };
  await store.saveInvitation(invitation);
  return { secret, invitation };
}

/** The invitation and its member while the link is good; a 404 saying why otherwise. */
export async function openInvitation(
  store: Store,
  secret: string,
  clock: Clock,
): Promise<{ invitation: Invitation; member: Member }> {
  const invitation = await store.findInvitationByHash(hashToken(secret));
  if (!invitation) throw new NotFoundError('This invitation link is not valid.');
  if (invitation.usedAt !== null) throw new NotFoundError('This invitation link has been used already.');
  if (invitation.expiresAt <= clock.now()) throw new NotFoundError('This invitation link has expired.');
  const member = await store.getMember(invitation.workspaceId, invitation.memberId);
  if (!member) throw new NotFoundError('The member of this invitation has been removed.');
  return { invitation, member };
}
