/** How tokens, members, roles, groups and workspaces look in the admin API: ISO dates, never a hash or secret. */
import type { CustomRole, Member, MemberGroup, Token, Workspace } from '@frontdesk/core';
import type { GroupView, MemberView, RoleView, TokenView, WorkspaceView } from '@frontdesk/core/wire';

const iso = (time: number) => new Date(time).toISOString();
const isoOrNull = (time: number | null | undefined) => (time == null ? null : iso(time));

/** A token as listed: its prefix to recognise it, never the secret or its hash. */
export function tokenView(token: Token): TokenView {
  return {
    id: token.id,
    name: token.name,
    role: token.role,
    memberId: token.memberId ?? null,
    prefix: token.prefix,
    createdAt: iso(token.createdAt),
    lastUsedAt: isoOrNull(token.lastUsedAt),
    expiresAt: isoOrNull(token.expiresAt),
    revokedAt: isoOrNull(token.revokedAt),
  };
}

/** The default number of days the request log is kept. */
export const DEFAULT_LOG_RETENTION_DAYS = 30;

export function workspaceView(workspace: Workspace): WorkspaceView {
  return {
    id: workspace.id,
    name: workspace.name,
    logRetentionDays: workspace.logRetentionDays ?? DEFAULT_LOG_RETENTION_DAYS,
    createdAt: iso(workspace.createdAt),
  };
}

export function memberView(member: Member): MemberView {
  const { workspaceId: _workspace, createdAt, updatedAt, ...rest } = member;
  return { ...rest, createdAt: iso(createdAt), updatedAt: iso(updatedAt) };
}

export function roleView(role: CustomRole): RoleView {
  const { workspaceId: _workspace, createdAt, updatedAt, ...rest } = role;
  return { ...rest, createdAt: iso(createdAt), updatedAt: iso(updatedAt) };
}

export function groupView(group: MemberGroup): GroupView {
  const { workspaceId: _workspace, createdAt, updatedAt, ...rest } = group;
  return { ...rest, createdAt: iso(createdAt), updatedAt: iso(updatedAt) };
}
