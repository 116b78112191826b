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

/** A team of members; bots and tickets can be assigned to it. */
export interface MemberGroup {
  id: string;
  workspaceId: string;
  name: string;
  memberIds: string[];
  botIds: string[];
  ticketIds: string[];
  createdAt: number;
  updatedAt: number;
}

export interface MemberStore {
  /** Inserts or replaces a member (by id); throws when another member of the workspace has the email. */
  saveMember(member: Member): Promise<void>;
  getMember(workspaceId: string, id: string): Promise<Member | undefined>;
  /** Oldest first. */
  listMembers(workspaceId: string): Promise<Member[]>;
  /** False when the workspace has no such member. */
  deleteMember(workspaceId: string, id: string): Promise<boolean>;

  saveRole(role: CustomRole): Promise<void>;
  getRole(workspaceId: string, id: string): Promise<CustomRole | undefined>;
  listRoles(workspaceId: string): Promise<CustomRole[]>;
  deleteRole(workspaceId: string, id: string): Promise<boolean>;

  saveGroup(group: MemberGroup): Promise<void>;
  getGroup(workspaceId: string, id: string): Promise<MemberGroup | undefined>;
  listGroups(workspaceId: string): Promise<MemberGroup[]>;
  deleteGroup(workspaceId: string, id: string): Promise<boolean>;
}
