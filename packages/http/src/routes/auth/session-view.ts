/** What the console learns about its session: who, with which role and permissions, and the CSRF token. */
import { type Member, permissionsOf, type Store, type Token } from '@frontdesk/core';
import { csrfTokenFor } from '@frontdesk/services/accounts/session-csrf';
import { memberView } from '../admin/account-views.js';

export async function sessionView(store: Store, secret: string, session: Token, member: Member) {
  const custom = await store.getRole(session.workspaceId, session.role);
  return {
    member: memberView(member),
    workspaceId: session.workspaceId,
    role: session.role,
    permissions: [...permissionsOf(session.role, custom)].sort(),
    csrfToken: csrfTokenFor(secret),
    expiresAt: session.expiresAt == null ? null : new Date(session.expiresAt).toISOString(),
  };
}
