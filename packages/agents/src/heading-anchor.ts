/** GitHub-style anchors for headings, so links to `#section` match what a markdown renderer makes. */

/** Heading markdown as plain text: no emphasis, code ticks, links or trailing `#`s. */
export function plainHeading(markdown: string): string {
  return markdown
    .replace(/\s+#+\s*$/, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__|\*|_|`|~~)(.+?)\1/g, '$2')
    .trim();
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

/** Hands out anchors for one document, numbering repeats (`setup`, `setup-1`, …) like GitHub. */
export function createAnchorSlugger(): (heading: string) => string {
  const seen = new Map<string, number>();
  return (heading) => {
    const base = headingAnchor(heading);
    let anchor = base;
    let count = seen.get(base) ?? 0;
    while (seen.has(anchor)) {
      count += 1;
      anchor = `${base}-${count}`;
    }
    seen.set(base, count);
    seen.set(anchor, 0);
    return anchor;
  };
}
