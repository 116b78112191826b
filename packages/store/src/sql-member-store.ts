/** The MemberStore port over any Kysely dialect: members, custom roles and member groups. */
import type { CustomRole, Member, MemberGroup, MemberStore, RoleName } from '@frontdesk/core';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { MemberTable, NamedJsonTable } from './member-tables.js';

const memberFromRow = (row: MemberTable): Member => ({
  id: row.id,
  workspaceId: row.workspace_id,
  email: row.email,
  name: row.name,
  role: row.role as RoleName,
  status: row.status as Member['status'],
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** Roles and groups share a shape: a name and the rest as JSON in `data`. */
function namedTable<
  T extends { id: string; workspaceId: string; name: string; createdAt: number; updatedAt: number },
>(db: Kysely<Database>, table: 'roles' | 'member_groups', data: (record: T) => object) {
  const fromRow = (row: NamedJsonTable): T =>
    ({
      id: row.id,
      workspaceId: row.workspace_id,
      name: row.name,
      ...(JSON.parse(row.data) as object),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }) as T;
  return {
    async save(record: T) {
      const row = {
        id: record.id,
        workspace_id: record.workspaceId,
        name: record.name,
        data: JSON.stringify(data(record)),
        created_at: record.createdAt,
        updated_at: record.updatedAt,
      };
      // The id is global: a row of another workspace is never overwritten.
      await db
        .insertInto(table)
        .values(row)
        .onConflict((conflict) =>
          conflict
            .column('id')
            .doUpdateSet({ name: row.name, data: row.data, updated_at: row.updated_at })
            .where(`${table}.workspace_id`, '=', row.workspace_id),
        )
        .execute();
      const stored = await this.get(record.workspaceId, record.id);
      if (!stored) throw new Error(`Id ${record.id} is taken.`);
    },
    async get(workspaceId: string, id: string) {
      const row = await db
        .selectFrom(table)
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && fromRow(row);
    },
    async list(workspaceId: string) {
      const rows = await db
        .selectFrom(table)
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(fromRow);
    },
    async remove(workspaceId: string, id: string) {
      const result = await db
        .deleteFrom(table)
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}

/** Takes a member out of every group of the workspace that lists them. */
async function leaveGroups(db: Kysely<Database>, workspaceId: string, memberId: string): Promise<void> {
  const rows = await db
    .selectFrom('member_groups')
    .select(['id', 'data'])
    .where('workspace_id', '=', workspaceId)
    .execute();
  for (const row of rows) {
    const data = JSON.parse(row.data) as { memberIds?: string[] };
    if (!data.memberIds?.includes(memberId)) continue;
    const memberIds = data.memberIds.filter((each) => each !== memberId);
    await db
      .updateTable('member_groups')
      .set({ data: JSON.stringify({ ...data, memberIds }) })
      .where('id', '=', row.id)
      .execute();
  }
}

/** Members, roles and groups kept in the given database. */
export function createSqlMemberPart(db: Kysely<Database>): MemberStore {
  const roles = namedTable<CustomRole>(db, 'roles', (role) => ({ permissions: role.permissions }));
  const groups = namedTable<MemberGroup>(db, 'member_groups', (group) => ({
    memberIds: group.memberIds,
    botIds: group.botIds,
  }));
  return {
    async saveMember(member) {
      const row = {
        id: member.id,
        workspace_id: member.workspaceId,
        email: member.email,
        name: member.name,
        role: member.role,
        status: member.status,
        created_at: member.createdAt,
        updated_at: member.updatedAt,
      };
      const { id: _id, workspace_id: _workspace, created_at: _created, ...changes } = row;
      await db
        .insertInto('members')
        .values(row)
        .onConflict((conflict) =>
          conflict.column('id').doUpdateSet(changes).where('members.workspace_id', '=', row.workspace_id),
        )
        .execute();
      if (!(await this.getMember(member.workspaceId, member.id)))
        throw new Error(`Id ${member.id} is taken.`);
    },
    async getMember(workspaceId, id) {
      const row = await db
        .selectFrom('members')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && memberFromRow(row);
    },
    async listMembers(workspaceId) {
      const rows = await db
        .selectFrom('members')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(memberFromRow);
    },
    async deleteMember(workspaceId, id) {
      // One step: nothing is left naming a member who is gone.
      return db.transaction().execute(async (transaction) => {
        const result = await transaction
          .deleteFrom('members')
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', id)
          .executeTakeFirst();
        if (Number(result.numDeletedRows) === 0) return false;
        await transaction
          .updateTable('tickets')
          .set({ assignee: null })
          .where('workspace_id', '=', workspaceId)
          .where('assignee', '=', id)
          .execute();
        await transaction
          .deleteFrom('saved_filters')
          .where('workspace_id', '=', workspaceId)
          .where('owner_id', '=', id)
          .execute();
        await leaveGroups(transaction, workspaceId, id);
        return true;
      });
    },
    saveRole: (role) => roles.save(role),
    getRole: (workspaceId, id) => roles.get(workspaceId, id),
    listRoles: (workspaceId) => roles.list(workspaceId),
    deleteRole: (workspaceId, id) => roles.remove(workspaceId, id),
    saveGroup: (group) => groups.save(group),
    getGroup: (workspaceId, id) => groups.get(workspaceId, id),
    listGroups: (workspaceId) => groups.list(workspaceId),
    async deleteGroup(workspaceId, id) {
      // One step: no ticket is left naming a group that is gone.
      return db.transaction().execute(async (transaction) => {
        await transaction
          .updateTable('tickets')
          .set({ group_id: null })
          .where('workspace_id', '=', workspaceId)
          .where('group_id', '=', id)
          .execute();
        return namedTable<MemberGroup>(transaction, 'member_groups', () => ({})).remove(workspaceId, id);
      });
    },
  };
}
