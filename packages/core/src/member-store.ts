/** The port that keeps a workspace's members, custom roles and member groups. SQL in packages/store. */
import type { RoleName } from './records.js';

/** A person of a workspace; `invited` until they first use a token. Email is unique per workspace. */
export interface Member {
  id: string;
  workspaceId: string;
  email: string;
  name: string;
  role: RoleName;
  status: 'invited' | 'active';
  createdAt: number;
  updatedAt: number;
}

/** A role built from permission strings (`bots:read`, `tickets:write`…); its id starts with `role_`. */
export interface CustomRole {
  id: `role_${string}`;
  workspaceId: string;
  name: string;
  permissions: string[];
  createdAt: number;
  updatedAt: number;
}

/** A team of members; bots can be assigned to it. A ticket names its group itself (`Ticket.groupId`). */
export interface MemberGroup {
  id: string;
  workspaceId: string;
  name: string;
  memberIds: string[];
  botIds: string[];
  createdAt: number;
  updatedAt: number;
}

export interface MemberStore {
  /** Inserts or replaces a member (by id); throws when another member of the workspace has the email. */
  saveMember(member: Member): Promise<void>;
  getMember(workspaceId: string, id: string): Promise<Member | undefined>;
  /** Oldest first. */
  listMembers(workspaceId: string): Promise<Member[]>;
  /**
   * False when the workspace has no such member. Also, at once: tickets assigned to the member
   * become unassigned, the member's saved filters are deleted and the member leaves every group.
   */
  deleteMember(workspaceId: string, id: string): Promise<boolean>;

  saveRole(role: CustomRole): Promise<void>;
  getRole(workspaceId: string, id: string): Promise<CustomRole | undefined>;
  listRoles(workspaceId: string): Promise<CustomRole[]>;
  deleteRole(workspaceId: string, id: string): Promise<boolean>;

  saveGroup(group: MemberGroup): Promise<void>;
  getGroup(workspaceId: string, id: string): Promise<MemberGroup | undefined>;
  listGroups(workspaceId: string): Promise<MemberGroup[]>;
  /** False when the workspace has no such group; its tickets lose their group in the same step. */
  deleteGroup(workspaceId: string, id: string): Promise<boolean>;
}
