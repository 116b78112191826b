/** Sign-in secrets of members: password hashes and invitation links (kept as hashes only). */

/** A member's password, as a self-describing hash string (e.g. `$argon2id$…`). */
export interface MemberPassword {
  workspaceId: string;
  memberId: string;
  /** The member's e-mail when the password was set, lower-cased: how sign-in finds the row. */
  email: string;
  hash: string;
  updatedAt: number;
}

/** An invitation to set a password; the link's secret is stored as its sha-256 only. */
export interface Invitation {
  id: string;
  workspaceId: string;
  memberId: string;
  /** sha-256 (hex) of the link's secret. */
  hash: string;
  createdAt: number;
  expiresAt: number;
  /** When the link was used; a used link never works again. */
  usedAt: number | null;
}

export interface AccountSecretStore {
  /** Inserts or replaces the member's password. */
  setPassword(password: MemberPassword): Promise<void>;
  /** Every password row with this e-mail (lower-cased), across workspaces. */
  findPasswordsByEmail(email: string): Promise<MemberPassword[]>;
  /** False when the member had no password. */
  deletePassword(workspaceId: string, memberId: string): Promise<boolean>;

  saveInvitation(invitation: Invitation): Promise<void>;
  findInvitationByHash(hash: string): Promise<Invitation | undefined>;
  /** Marks an unused invitation used; false when it was already used (or is unknown). */
  useInvitation(id: string, usedAt: number): Promise<boolean>;
}
