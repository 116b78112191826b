/**
 * `POST /v1/invitations {memberId}`: a new sign-in link for a member, to set (or reset) their
 * password. E-mailed when SMTP is set; the answer always carries the link, for the console to show.
 */
import { type Member, NotFoundError, PermissionError } from '@frontdesk/core';
import { createInvitation, invitationLink } from '@frontdesk/services/accounts/invitations';
import type { Mailer } from '@frontdesk/services/email/mailer';
import { Hono } from 'hono';
import type { AppDependencies } from '../../app-dependencies.js';
import type { AppEnv } from '../../app-env.js';
import { requirePermission } from '../../permissions.js';
import { readJsonBody } from '../../request-input.js';
import { authDocs } from './auth-docs.js';
import { createInvitationSchema } from './auth-schemas.js';
import { invitationMail } from './invitation-mail.js';

type Deps = Pick<AppDependencies, 'store' | 'clock' | 'ids' | 'settings' | 'logger'> & {
  mailer?: Mailer | undefined;
};

export function invitationRoutes(deps: Deps): Hono<AppEnv> {
  const { store } = deps;
  const routes = new Hono<AppEnv>();

  routes.post('/', authDocs.createInvitation, async (context) => {
    requirePermission(context, 'members', 'write');
    const token = context.get('token');
    const body = await readJsonBody(context, createInvitationSchema);
    const member: Member | undefined = await store.getMember(token.workspaceId, body.memberId);
    if (!member) throw new NotFoundError('memberId: no such member in this workspace.');
    // A link sets a password, so it signs in as that member: owners are invited by owners only.
    if (member.role === 'owner' && token.role !== 'owner') {
      throw new PermissionError('Only an owner may invite an owner.');
    }
    const { secret, invitation } = await createInvitation(store, member, deps);
    const link = invitationLink(deps.settings.publicUrl, secret);
    let emailed = false;
    if (deps.mailer) {
      try {
        await deps.mailer.send(invitationMail(member, link));
        emailed = true;
      } catch (error) {
        context.get('logger').warn({ err: error, memberId: member.id }, 'invitation e-mail failed');
      }
    }
    return context.json(
      {
        success: true,
        data: {
          memberId: member.id,
          email: member.email,
          link,
          emailed,
          expiresAt: new Date(invitation.expiresAt).toISOString(),
        },
      },
      201,
    );
  });
  return routes;
}
