/** The AccountSecretStore port over any Kysely dialect (tables of migration 0030). */
import type { AccountSecretStore, Invitation, MemberPassword } from '@frontdesk/core';
import type { Kysely } from 'kysely';

type MemberPasswordTable = {
  workspace_id: string;
  member_id: string;
  email: string;
  hash: string;
  updated_at: number;
};

type InvitationTable = {
  id: string;
  workspace_id: string;
  member_id: string;
  hash: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
};

/** The tables this part reads; kept here so the shared Database type stays as it is. */
export type AccountSecretTables = {
  member_passwords: MemberPasswordTable;
  invitations: InvitationTable;
};

const passwordFromRow = (row: MemberPasswordTable): MemberPassword => ({
  workspaceId: row.workspace_id,
  memberId: row.member_id,
  email: row.email,
  hash: row.hash,
  updatedAt: Number(row.updated_at),
});

const invitationFromRow = (row: InvitationTable): Invitation => ({
  id: row.id,
  workspaceId: row.workspace_id,
  memberId: row.member_id,
  hash: row.hash,
  createdAt: Number(row.created_at),
  expiresAt: Number(row.expires_at),
  usedAt: row.used_at === null ? null : Number(row.used_at),
});

export function createSqlAccountSecretPart<T>(database: Kysely<T>): AccountSecretStore {
  const db = database.withTables<AccountSecretTables>() as unknown as Kysely<AccountSecretTables>;
  return {
    async setPassword(password) {
      const row = {
        workspace_id: password.workspaceId,
        member_id: password.memberId,
        email: password.email,
        hash: password.hash,
        updated_at: password.updatedAt,
      };
      await db
        .insertInto('member_passwords')
        .values(row)
        .onConflict((conflict) =>
          conflict
            .columns(['workspace_id', 'member_id'])
            .doUpdateSet({ email: row.email, hash: row.hash, updated_at: row.updated_at }),
        )
        .execute();
    },
    async findPasswordsByEmail(email) {
      const rows = await db.selectFrom('member_passwords').selectAll().where('email', '=', email).execute();
      return rows.map(passwordFromRow);
    },
    async deletePassword(workspaceId, memberId) {
      const result = await db
        .deleteFrom('member_passwords')
        .where('workspace_id', '=', workspaceId)
        .where('member_id', '=', memberId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async saveInvitation(invitation) {
      await db
        .insertInto('invitations')
        .values({
          id: invitation.id,
          workspace_id: invitation.workspaceId,
          member_id: invitation.memberId,
          hash: invitation.hash,
          created_at: invitation.createdAt,
          expires_at: invitation.expiresAt,
          used_at: invitation.usedAt,
        })
        .execute();
    },
    async findInvitationByHash(hash) {
      const row = await db.selectFrom('invitations').selectAll().where('hash', '=', hash).executeTakeFirst();
      return row ? invitationFromRow(row) : undefined;
    },
    async useInvitation(id, usedAt) {
      const result = await db
        .updateTable('invitations')
        .set({ used_at: usedAt })
        .where('id', '=', id)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}
