/** The invitation e-mail: the link, and how long it works. */
import type { Member } from '@frontdesk/core';
import type { Mail } from '@frontdesk/services/email/mailer';
import { escapeHtml } from '@frontdesk/services/markdown/escape-html';

export function invitationMail(member: Member, link: string): Mail {
  const text = [
    `Hello ${member.name},`,
    '',
    'You have been invited to the Frontdesk console. Choose your password here (the link works once, for 7 days):',
    '',
    link,
  ].join('\n');
  const html = `<p>Hello ${escapeHtml(member.name)},</p><p>You have been invited to the Frontdesk console. Choose your password here (the link works once, for 7 days):</p><p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`;
  return { to: member.email, subject: 'Your invitation to Frontdesk', text, html };
}
