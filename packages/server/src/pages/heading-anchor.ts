/**
 * GitHub-style heading anchors for the article pages. They must equal the anchors the embedded
 * agent puts in source links (`@frontdesk/agents` keeps them private); the kb page test renders
 * every demo article and checks each section anchor is an id on the page.
 */

/** Heading markdown as plain text: no emphasis, code ticks, links, tags or closing `#`s. */
export function plainHeading(markdown: string): string {
  return markdown
    .replace(/\s+#+\s*$/, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__|\*|_|`|~~)(.+?)\1/g, '$2')
    .trim();
}

/** Lower case, punctuation dropped, spaces as hyphens, as GitHub does. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

/** Anchors for one document: a repeated heading gets `-1`, `-2`, … like on GitHub. */
export function createAnchorSlugger(): (heading: string) => string {
  const taken = new Map<string, number>();
  return (heading) => {
    const base = anchorOf(heading);
    let anchor = base;
    let count = taken.get(base) ?? 0;
    while (taken.has(anchor)) {
      count += 1;
      anchor = `${base}-${count}`;
    }
    taken.set(base, count);
    taken.set(anchor, 0);
    return anchor;
  };
}
