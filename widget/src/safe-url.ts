/** The only links the widget renders: http, https and mailto, resolved against the Frontdesk server. */

const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/**
 * The absolute URL to link to, or undefined when the link must not be a link. The URL parser
 * strips tabs and newlines and lower-cases the scheme, so `java\tscript:` and `JAVASCRIPT:` are
 * caught; relative links (the knowledge base's `/kb/…`) point at the Frontdesk server, not the host page.
 */
export function safeUrl(href: string, baseUrl: string): string | undefined {
  try {
    const url = new URL(href.trim(), baseUrl);
    return ALLOWED.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
