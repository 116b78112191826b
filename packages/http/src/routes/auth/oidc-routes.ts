/**
 * `/auth/providers`, `/auth/oidc/start` and `/auth/oidc/callback`: "Sign in with SSO" through an
 * OpenID Connect provider (FRONTDESK_OIDC_*). The provider must vouch for an e-mail address of a
 * member (an invited member becomes active); the console then gets the same session cookie as a
 * password sign-in. Problems come back to the console as `#/sso-error/<code>`.
 */
import { randomBytes } from 'node:crypto';
import { type Member, NotFoundError } from '@frontdesk/core';
import { createOidc, OidcSignInError, type PendingSignIn } from '@frontdesk/services/accounts/oidc';
import { type SignInDependencies, startSession } from '@frontdesk/services/accounts/sign-in';
import type { Settings } from '@frontdesk/services/settings/config';
import { type Context, Hono } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import type { AppEnv } from '../../app-env.js';
import { errorResponse } from '../../error-response.js';
import { authDocs } from './auth-docs.js';
import { setSessionCookie } from './session-cookie.js';

const PENDING_COOKIE = 'fd_oidc';
const PENDING_PATH = '/auth/oidc';

type Deps = Omit<SignInDependencies, 'rateLimiter'> & {
  settings: Pick<Settings, 'publicUrl' | 'oidcIssuer' | 'oidcClientId' | 'oidcClientSecret'>;
  secretKey?: Buffer | undefined;
  logger: { warn(object: object, message: string): void };
};

/** The members with this e-mail, in every workspace. */
async function membersWithEmail(store: Deps['store'], email: string): Promise<Member[]> {
  const found: Member[] = [];
  for (const workspace of await store.listWorkspaces()) {
    for (const member of await store.listMembers(workspace.id)) {
      if (member.email.toLowerCase() === email) found.push(member);
    }
  }
  return found;
}

export function oidcRoutes(deps: Deps): Hono<AppEnv> {
  const { settings, store, clock } = deps;
  const routes = new Hono<AppEnv>();
  const enabled = Boolean(settings.oidcIssuer && settings.oidcClientId && settings.oidcClientSecret);
  routes.get('/providers', authDocs.providers, (context) =>
    context.json({ success: true, data: { password: true, sso: enabled } }),
  );
  if (!enabled) {
    const off = () =>
      errorResponse(new NotFoundError('SSO is not set up on this server (FRONTDESK_OIDC_ISSUER).'));
    routes.get('/oidc/start', authDocs.ssoStart, off);
    routes.get('/oidc/callback', authDocs.ssoCallback, off);
    return routes;
  }

  const oidc = createOidc({
    issuer: settings.oidcIssuer!,
    clientId: settings.oidcClientId!,
    clientSecret: settings.oidcClientSecret!,
    publicUrl: settings.publicUrl,
  });
  const cookieKey = (deps.secretKey ?? randomBytes(32)).toString('base64url');
  const secure = settings.publicUrl.startsWith('https:');
  const back = (context: Context<AppEnv>, code: string) => {
    deleteCookie(context, PENDING_COOKIE, { path: PENDING_PATH });
    return context.redirect(`/console#/sso-error/${code}`, 302);
  };

  routes.get('/oidc/start', authDocs.ssoStart, async (context) => {
    try {
      const { url, pending } = await oidc.start();
      await setSignedCookie(context, PENDING_COOKIE, JSON.stringify(pending), cookieKey, {
        path: PENDING_PATH,
        httpOnly: true,
        sameSite: 'Lax',
        secure,
        maxAge: 600,
      });
      return context.redirect(url, 302);
    } catch (error) {
      deps.logger.warn({ err: error }, 'the OpenID Connect provider could not be reached');
      return back(context, 'unreachable');
    }
  });

  routes.get('/oidc/callback', authDocs.ssoCallback, async (context) => {
    const saved = await getSignedCookie(context, cookieKey, PENDING_COOKIE, undefined);
    if (!saved) return back(context, 'failed');
    const query = new URL(context.req.url).search;
    let email: string;
    try {
      ({ email } = await oidc.finish(query, JSON.parse(saved) as PendingSignIn));
    } catch (error) {
      if (!(error instanceof OidcSignInError)) throw error;
      deps.logger.warn({ err: error }, 'an SSO sign-in was refused');
      return back(context, error.code);
    }
    const members = await membersWithEmail(store, email);
    if (members.length !== 1)
      return back(context, members.length === 0 ? 'unknown-member' : 'several-workspaces');
    let member = members[0]!;
    if (member.status !== 'active') {
      member = { ...member, status: 'active', updatedAt: clock.now() };
      await store.saveMember(member);
    }
    const { secret } = await startSession(deps, member);
    deleteCookie(context, PENDING_COOKIE, { path: PENDING_PATH });
    setSessionCookie(context, secret, settings.publicUrl);
    return context.redirect('/console#/tickets', 302);
  });
  return routes;
}
