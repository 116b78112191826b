/** Passwords and invitations kept in Maps, for tests and the in-memory store. */
import type { AccountSecretStore, Invitation, MemberPassword } from './account-secret-store.js';

export function createMemoryAccountSecretPart(requireOpen: () => void): AccountSecretStore {
  const passwords = new Map<string, MemberPassword>();
  const invitations = new Map<string, Invitation>();
  const key = (workspaceId: string, memberId: string) => `${workspaceId}\u0000${memberId}`;
  return {
    async setPassword(password) {
      requireOpen();
      passwords.set(key(password.workspaceId, password.memberId), { ...password });
    },
    async findPasswordsByEmail(email) {
      requireOpen();
      return [...passwords.values()].filter((row) => row.email === email).map((row) => ({ ...row }));
    },
    async deletePassword(workspaceId, memberId) {
      requireOpen();
      return passwords.delete(key(workspaceId, memberId));
    },
    async saveInvitation(invitation) {
      requireOpen();
      invitations.set(invitation.id, { ...invitation });
    },
    async findInvitationByHash(hash) {
      requireOpen();
      const found = [...invitations.values()].find((row) => row.hash === hash);
      return found ? { ...found } : undefined;
    },
    async useInvitation(id, usedAt) {
      requireOpen();
      const found = invitations.get(id);
      if (!found || found.usedAt !== null) return false;
      found.usedAt = usedAt;
      return true;
    },
  };
}
