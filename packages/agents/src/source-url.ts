/** Absolute links to articles and their sections, for sources shown in any channel. */
import type { Article, Section } from './article.js';

/**
 * The article's url made absolute with `publicUrl` (joined as text, so a base with a path such
 * as `https://example.com/support` keeps it), plus `#anchor` for a sub-section. Urls that are
 * already absolute, or a missing `publicUrl`, leave the url as written.
 */
export function sectionUrl(
  article: Article,
  section: Section | undefined,
  publicUrl: string | undefined,
): string {
  const url = absoluteUrl(article.url, publicUrl);
  if (!section || section.anchor === '') return url;
  return `${url.replace(/#.*$/, '')}#${section.anchor}`;
}

/** `url` joined to `publicUrl` when it is relative to the site. */
export function absoluteUrl(url: string, publicUrl: string | undefined): string {
  if (!publicUrl || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return url;
  const base = publicUrl.replace(/\/+$/, '');
  return `${base}${url.startsWith('/') ? '' : '/'}${url}`;
}
