/** Article markdown to safe HTML: raw HTML shown as text, only safe links, anchors on every heading. */

import { createAnchorSlugger, plainHeading } from '@frontdesk/agents';
import { Marked, type Tokens } from 'marked';
import { escapeHtml } from './escape-html.js';

/** Links may be relative (`/kb/…`, `#…`) or use one of these schemes; anything else loses its href. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** The href if it is safe to put in a page, else undefined. */
export function safeHref(href: string): string | undefined {
  // Browsers ignore control characters and spaces inside a scheme, so `java\tscript:` must not pass.
  const compact = [...href].filter((character) => character > ' ' && character !== '\u007f').join('');
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(compact)?.[1]?.toLowerCase();
  if (scheme !== undefined && !SAFE_SCHEMES.has(scheme)) return undefined;
  return href;
}

/**
 * Renders an article body. Heading ids are the same GitHub-style anchors the embedded agent gives
 * its sections, so a source link like `/kb/reset-your-password#the-reset-email-didnt-arrive` lands
 * on its heading.
 */
export function renderMarkdown(markdown: string): string {
  // The slugger numbers repeated headings, so it must be fresh for every document.
  const slug = createAnchorSlugger();
  const marked = new Marked({
    gfm: true,
    async: false,
    renderer: {
      heading({ tokens, depth, text }: Tokens.Heading) {
        const id = slug(plainHeading(text));
        return `<h${depth} id="${escapeHtml(id)}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
      html({ text }: Tokens.HTML | Tokens.Tag) {
        return escapeHtml(text);
      },
      link({ href, title, tokens }: Tokens.Link) {
        const label = this.parser.parseInline(tokens);
        const safe = safeHref(href);
        if (safe === undefined) return label;
        const titleAttribute = title ? ` title="${escapeHtml(title)}"` : '';
        const external = /^(https?:)?\/\//i.test(safe) ? ' rel="noopener noreferrer"' : '';
        return `<a href="${escapeHtml(safe)}"${titleAttribute}${external}>${label}</a>`;
      },
      image({ href, title, text }: Tokens.Image) {
        const safe = safeHref(href);
        if (safe === undefined || safe.toLowerCase().startsWith('mailto:')) return escapeHtml(text);
        const titleAttribute = title ? ` title="${escapeHtml(title)}"` : '';
        return `<img src="${escapeHtml(safe)}" alt="${escapeHtml(text)}"${titleAttribute} loading="lazy">`;
      },
    },
  });
  return marked.parse(markdown, { async: false });
}
