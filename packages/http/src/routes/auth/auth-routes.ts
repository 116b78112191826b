/**
 * `/auth`: signing in to the console with e-mail and password, the current session, signing out,
 * and accepting an invitation. Public routes (no token); JSON bodies only, and Hono's CSRF
 * middleware refuses form posts from other sites.
 */
import { AuthError, NotFoundError, PermissionError, ValidationError } from '@frontdesk/core';
import { openInvitation } from '@frontdesk/services/accounts/invitations';
import { passwordProblem } from '@frontdesk/services/accounts/passwords';
import { CSRF_HEADER, csrfMatches } from '@frontdesk/services/accounts/session-csrf';
import { setMemberPassword } from '@frontdesk/services/accounts/set-password';
import { type SignInDependencies, signIn, startSession } from '@frontdesk/services/accounts/sign-in';
import { type Context, Hono } from 'hono';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../../app-env.js';
import { authenticate } from '../../middleware/auth.js';
import { limitBody } from '../../middleware/body-limit.js';
import { readJsonBody } from '../../request-input.js';
import { authDocs } from './auth-docs.js';
import { acceptInvitationSchema, signInSchema } from './auth-schemas.js';
import { oidcRoutes } from './oidc-routes.js';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from './session-cookie.js';
import { sessionView } from './session-view.js';

type Deps = SignInDependencies & Parameters<typeof oidcRoutes>[0];

/** JSON only: a page of another site cannot send that without the browser asking us first (CORS). */
function requireJson(context: Context<AppEnv>): void {
  const type = context.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type))
    throw new ValidationError('Content-Type must be application/json.');
}

export function authRoutes(deps: Deps): Hono<AppEnv> {
  const { store, clock, settings } = deps;
  const routes = new Hono<AppEnv>();
  routes.use('*', limitBody());
  const sameSite = csrf({
    origin: (origin, context) =>
      [new URL(context.req.url).origin, new URL(settings.publicUrl).origin].includes(origin),
  });
  routes.use('*', async (context, next) => {
    try {
      await sameSite(context, next);
    } catch (error) {
      if (error instanceof HTTPException && error.status === 403) {
        throw new PermissionError('Form posts from other sites are refused.');
      }
      throw error;
    }
  });

  /** The request's session: its secret, token and member; 401 when there is none. */
  async function currentSession(context: Context<AppEnv>) {
    const secret = readSessionCookie(context);
    if (secret === undefined) throw new AuthError('Not signed in.');
    const { token } = await authenticate(store, `Bearer ${secret}`, { clock });
    const member = token.memberId ? await store.getMember(token.workspaceId, token.memberId) : undefined;
    if (!member) throw new AuthError('Not signed in.');
    return { secret, token, member };
  }

  routes.post('/sign-in', authDocs.signIn, async (context) => {
    requireJson(context);
    const body = await readJsonBody(context, signInSchema);
    const { secret, session, member } = await signIn(deps, {
      email: body.email,
      password: body.password,
      workspaceId: body.workspace,
      clientKey: context.get('clientKey') ?? 'unknown',
    });
    setSessionCookie(context, secret, settings.publicUrl);
    return context.json({ success: true, data: await sessionView(store, secret, session, member) });
  });

  routes.get('/session', authDocs.session, async (context) => {
    const { secret, token, member } = await currentSession(context);
    context.header('Cache-Control', 'no-store');
    return context.json({ success: true, data: await sessionView(store, secret, token, member) });
  });

  routes.post('/sign-out', authDocs.signOut, async (context) => {
    const secret = readSessionCookie(context);
    if (secret !== undefined) {
      if (!csrfMatches(secret, context.req.header(CSRF_HEADER))) {
        throw new AuthError(`Signing out needs the ${CSRF_HEADER} header of this session.`);
      }
      const { token } = await authenticate(store, `Bearer ${secret}`, { clock }).catch(() => ({
        token: undefined,
      }));
      if (token) await store.revokeToken(token.id, clock.now());
    }
    clearSessionCookie(context, settings.publicUrl);
    return context.json({ success: true, data: { signedOut: true } });
  });

  routes.get('/invitations/:secret', authDocs.invitation, async (context) => {
    const { member } = await openInvitation(store, context.req.param('secret'), clock);
    const workspace = await store.getWorkspace(member.workspaceId);
    return context.json({
      success: true,
      data: { email: member.email, name: member.name, workspace: workspace?.name ?? member.workspaceId },
    });
  });

  routes.post('/invitations/:secret', authDocs.acceptInvitation, async (context) => {
    requireJson(context);
    const body = await readJsonBody(context, acceptInvitationSchema);
    const problem = passwordProblem(body.password);
    if (problem) throw new ValidationError(`password: ${problem}.`);
    const { invitation, member } = await openInvitation(store, context.req.param('secret'), clock);
    // Used first, atomically: two requests with one link cannot both set a password.
    if (!(await store.useInvitation(invitation.id, clock.now()))) {
      throw new NotFoundError('This invitation link has been used already.');
    }
    const active = await setMemberPassword(store, member, body.password, clock);
    const { secret, session } = await startSession(deps, active);
    setSessionCookie(context, secret, settings.publicUrl);
    return context.json({ success: true, data: await sessionView(store, secret, session, active) });
  });
  routes.route('/', oidcRoutes(deps));
  return routes;
}
