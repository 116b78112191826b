/** The bodies of the `/auth` routes. */
import { MAX_PASSWORD_LENGTH } from '@frontdesk/services/accounts/passwords';
import { z } from 'zod';

export const signInSchema = z.strictObject({
  email: z.string().trim().min(1, 'required').max(254),
  password: z.string().min(1, 'required').max(MAX_PASSWORD_LENGTH),
  /** Only when the e-mail belongs to members of several workspaces. */
  workspace: z.string().trim().min(1).max(100).optional(),
});

export const acceptInvitationSchema = z.strictObject({
  password: z.string(),
});

export const createInvitationSchema = z.strictObject({
  memberId: z.string().trim().min(1, 'required').max(100),
});
