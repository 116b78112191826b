/** The e-mail a visitor gets for a staff reply they were not there to see: the reply and a link back. */
import { renderMarkdown } from '../markdown/render-markdown.js';
import type { Mail } from './mailer.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);

/** Plain text first (what many clients show, the markdown as written), and HTML with the markdown rendered. */
export function replyEmail(options: { to: string; botName: string; text: string; link: string }): Mail {
  const subject = `New reply from ${options.botName} support`;
  const text = [
    'You have a new reply to your conversation:',
    '',
    options.text,
    '',
    `Continue the conversation: ${options.link}`,
    '',
    'You get this e-mail because you left your address in the chat and had closed it when the reply came.',
  ].join('\n');
  // Staff write markdown in the console; the same safe renderer as the help pages (raw HTML stays text).
  const paragraphs = renderMarkdown(options.text);
  const html = `<!doctype html>
<html><body style="font-family: system-ui, sans-serif; line-height: 1.5">
<p>You have a new reply to your conversation:</p>
<blockquote style="border-left: 3px solid #2563eb; margin: 0; padding-left: 12px">
${paragraphs}
</blockquote>
<p><a href="${escapeHtml(options.link)}">Continue the conversation</a></p>
<p style="color: #6b7280; font-size: 13px">You get this e-mail because you left your address in the chat and had closed it when the reply came.</p>
</body></html>`;
  return { to: options.to, subject, text, html };
}
