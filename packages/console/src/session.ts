/** The `/auth` calls: the current cookie session, signing in and out, and invitations. */
import { type Api, ApiError, createApi, request } from './api.js';

/** What the server says about a signed-in member. */
export interface SessionInfo {
  member: { id: string; email: string; name: string; role: string };
  role: string;
  permissions: string[];
  csrfToken: string;
}

const data = async <T>(promise: Promise<{ data: T }>): Promise<T> => (await promise).data;

/** The client of a cookie session. */
export const sessionApi = (session: SessionInfo): Api => createApi({ csrf: session.csrfToken });

/** The cookie session of this browser, or undefined when not signed in. */
export async function currentSession(): Promise<SessionInfo | undefined> {
  try {
    return await data(request<{ data: SessionInfo }>('GET', '/auth/session', {}));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return undefined;
    throw error;
  }
}

export const signInWithPassword = (email: string, password: string) =>
  data(request<{ data: SessionInfo }>('POST', '/auth/sign-in', {}, { email, password }));

/** Ends a cookie session (a token is simply forgotten by the caller). */
export async function signOutSession(api: Api): Promise<void> {
  if ('csrf' in api.credentials) {
    await request('POST', '/auth/sign-out', { 'X-CSRF-Token': api.credentials.csrf }).catch(() => {});
  }
}

export interface InvitationInfo {
  email: string;
  name: string;
  workspace: string;
}

export const readInvitation = (secret: string) =>
  data(request<{ data: InvitationInfo }>('GET', `/auth/invitations/${encodeURIComponent(secret)}`, {}));

export const acceptInvitation = (secret: string, password: string) =>
  data(
    request<{ data: SessionInfo }>(
      'POST',
      `/auth/invitations/${encodeURIComponent(secret)}`,
      {},
      { password },
    ),
  );

/** Which ways of signing in the server offers; SSO only when FRONTDESK_OIDC_* are set. */
export async function signInProviders(): Promise<{ password: boolean; sso: boolean }> {
  try {
    return await data(request<{ data: { password: boolean; sso: boolean } }>('GET', '/auth/providers', {}));
  } catch {
    return { password: true, sso: false };
  }
}
