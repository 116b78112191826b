/** The OpenAPI descriptions of console sign-in (`/auth/*`, cookie sessions) and `POST /v1/invitations`, put on their routes. */
import { z } from 'zod';
import { describe, error, jsonBody, ok, pathParameter, writeErrors } from '../../openapi/helpers.js';
import { acceptInvitationSchema, createInvitationSchema, signInSchema } from './auth-schemas.js';

const sessionSchema = z.object({
  member: z.object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.string(),
    status: z.string(),
  }),
  workspaceId: z.string(),
  role: z.string(),
  permissions: z.array(z.string()),
  csrfToken: z.string().describe('Send as `X-CSRF-Token` on cookie-authenticated writes.'),
  expiresAt: z.string().nullable(),
});

const invitationSchema = z.object({
  memberId: z.string(),
  email: z.string(),
  link: z
    .string()
    .describe('The console address that lets the member choose a password; works once, for 7 days.'),
  emailed: z.boolean().describe('True when the link was e-mailed (FRONTDESK_SMTP_URL is set).'),
  expiresAt: z.string(),
});

const secretParameter = [pathParameter('secret')];
const signedIn = {
  description: 'Signed in: `Set-Cookie: fd_session=…; HttpOnly; SameSite=Lax`.',
  ...ok('Signed in.', sessionSchema),
};

const paths = {
  '/auth/sign-in': {
    post: {
      operationId: 'signIn',
      summary: 'Sign in to the console with e-mail and password (sets the session cookie)',
      security: [],
      requestBody: jsonBody(signInSchema),
      responses: {
        '200': signedIn,
        '400': error('The body is invalid; the message names the field.'),
        '401': error('The e-mail or the password is wrong.'),
        '403': error('A form post from another site.'),
        '429': error('Locked: 5 failed sign-ins for this account from this address in 15 minutes.'),
      },
    },
  },
  '/auth/session': {
    get: {
      operationId: 'getConsoleSession',
      summary: 'The signed-in member, role, permissions and CSRF token of the session cookie',
      security: [],
      responses: { '200': ok('The session.', sessionSchema), '401': error('Not signed in.') },
    },
  },
  '/auth/sign-out': {
    post: {
      operationId: 'signOut',
      summary: 'End the session (needs `X-CSRF-Token`) and clear the cookie',
      security: [],
      responses: { '200': ok('Signed out.'), '401': error('Missing or wrong X-CSRF-Token.') },
    },
  },
  '/auth/invitations/{secret}': {
    get: {
      operationId: 'getInvitation',
      summary: 'Who an invitation link is for',
      security: [],
      parameters: secretParameter,
      responses: { '200': ok('The invitation.'), '404': error('Unknown, used or expired link.') },
    },
    post: {
      operationId: 'acceptInvitation',
      summary: 'Choose a password with an invitation link, and sign in',
      security: [],
      parameters: secretParameter,
      requestBody: jsonBody(acceptInvitationSchema),
      responses: {
        '200': signedIn,
        '400': error('The password is too short or too long.'),
        '404': error('Unknown, used or expired link.'),
      },
    },
  },
  '/auth/providers': {
    get: {
      operationId: 'signInProviders',
      summary: 'Which ways of signing in this server offers: `{"password":true,"sso":…}`',
      security: [],
      responses: { '200': ok('The ways of signing in.') },
    },
  },
  '/auth/oidc/start': {
    get: {
      operationId: 'ssoStart',
      summary:
        'Sign in with SSO: redirects to the OpenID Connect provider (404 with the reason when FRONTDESK_OIDC_* are not set)',
      security: [],
      responses: {
        '302': { description: "To the provider's sign-in page." },
        '404': error('SSO is not set up.'),
      },
    },
  },
  '/auth/oidc/callback': {
    get: {
      operationId: 'ssoCallback',
      summary:
        'Where the provider sends people back: sets the session cookie and redirects to the console, or to `/console#/sso-error/<code>`',
      security: [],
      responses: { '302': { description: 'To the console.' }, '404': error('SSO is not set up.') },
    },
  },
  '/v1/invitations': {
    post: {
      operationId: 'createInvitation',
      summary: 'A sign-in link for a member (e-mailed when SMTP is set)',
      requestBody: jsonBody(createInvitationSchema),
      responses: { '201': ok('Created.', invitationSchema), ...writeErrors() },
    },
  },
};

/** One describer per route, from the table above. */
export const authDocs = {
  signIn: describe(paths['/auth/sign-in'].post),
  session: describe(paths['/auth/session'].get),
  signOut: describe(paths['/auth/sign-out'].post),
  invitation: describe(paths['/auth/invitations/{secret}'].get),
  acceptInvitation: describe(paths['/auth/invitations/{secret}'].post),
  createInvitation: describe(paths['/v1/invitations'].post),
  providers: describe(paths['/auth/providers'].get),
  ssoStart: describe(paths['/auth/oidc/start'].get),
  ssoCallback: describe(paths['/auth/oidc/callback'].get),
};
