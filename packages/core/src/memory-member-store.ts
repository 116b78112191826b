/** The member part of the in-memory Store: members, custom roles and member groups. */
import type { CustomRole, Member, MemberGroup, MemberStore } from './member-store.js';
import type { Ticket } from './records.js';

/** What deleting a member or a group reaches beyond this part: tickets and saved filters. */
export interface MemberLinks {
  tickets: Map<string, Ticket>;
  /** Deletes the saved filters of an owner. */
  forgetOwner(workspaceId: string, ownerId: string): void;
}

type Row = { id: string; workspaceId: string; createdAt: number };

const byCreation = (left: Row, right: Row) =>
  left.createdAt - right.createdAt || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0);

/** One keyed table of rows owned by workspaces. */
function table<T extends Row>(requireOpen: () => void, requireWorkspace: (id: string) => void) {
  const rows = new Map<string, T>();
  return {
    rows,
    async save(row: T) {
      requireOpen();
      requireWorkspace(row.workspaceId);
      const existing = rows.get(row.id);
      if (existing && existing.workspaceId !== row.workspaceId) throw new Error(`Id ${row.id} is taken.`);
      rows.set(row.id, structuredClone(row));
    },
    async get(workspaceId: string, id: string) {
      requireOpen();
      const row = rows.get(id);
      return row?.workspaceId === workspaceId ? structuredClone(row) : undefined;
    },
    async list(workspaceId: string) {
      requireOpen();
      return structuredClone(
        [...rows.values()].filter((row) => row.workspaceId === workspaceId).sort(byCreation),
      );
    },
    async remove(workspaceId: string, id: string) {
      requireOpen();
      if (rows.get(id)?.workspaceId !== workspaceId) return false;
      return rows.delete(id);
    },
  };
}

/** Members, roles and groups kept in Maps, with the email unique per workspace like the SQL store. */
export function createMemoryMemberPart(
  requireOpen: () => void,
  requireWorkspace: (id: string) => void,
  links: MemberLinks,
): MemberStore & {
  clearWorkspace(workspaceId: string): void;
  countWorkspaceRows(workspaceId: string): Record<string, number>;
} {
  const members = table<Member>(requireOpen, requireWorkspace);
  const roles = table<CustomRole>(requireOpen, requireWorkspace);
  const groups = table<MemberGroup>(requireOpen, requireWorkspace);
  const ticketsOf = (workspaceId: string) =>
    [...links.tickets.values()].filter((ticket) => ticket.workspaceId === workspaceId);
  return {
    async saveMember(member) {
      for (const other of members.rows.values()) {
        if (
          other.workspaceId === member.workspaceId &&
          other.email === member.email &&
          other.id !== member.id
        )
          throw new Error(`A member with email ${member.email} exists.`);
      }
      await members.save(member);
    },
    getMember: members.get,
    listMembers: members.list,
    async deleteMember(workspaceId, id) {
      if (!(await members.remove(workspaceId, id))) return false;
      for (const ticket of ticketsOf(workspaceId)) if (ticket.assignee === id) ticket.assignee = null;
      links.forgetOwner(workspaceId, id);
      for (const group of groups.rows.values()) {
        if (group.workspaceId === workspaceId && group.memberIds.includes(id))
          group.memberIds = group.memberIds.filter((each) => each !== id);
      }
      return true;
    },
    saveRole: roles.save,
    getRole: roles.get,
    listRoles: roles.list,
    deleteRole: roles.remove,
    saveGroup: groups.save,
    getGroup: groups.get,
    listGroups: groups.list,
    async deleteGroup(workspaceId, id) {
      if (!(await groups.remove(workspaceId, id))) return false;
      for (const ticket of ticketsOf(workspaceId)) if (ticket.groupId === id) ticket.groupId = null;
      return true;
    },
    countWorkspaceRows(workspaceId) {
      const count = (map: Map<string, Row>) =>
        [...map.values()].filter((row) => row.workspaceId === workspaceId).length;
      return { members: count(members.rows), roles: count(roles.rows), member_groups: count(groups.rows) };
    },
    clearWorkspace(workspaceId) {
      for (const map of [members.rows, roles.rows, groups.rows] as Map<string, Row>[]) {
        for (const [id, row] of map) if (row.workspaceId === workspaceId) map.delete(id);
      }
    },
  };
}
