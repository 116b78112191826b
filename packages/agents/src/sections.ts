/** Splits an article body into sections at its `#`, `##` and `###` headings. */
import type { Section } from './article.js';
import { createAnchorSlugger, plainHeading } from './heading-anchor.js';

const HEADING = /^ {0,3}(#{1,3})[ \t]+(.+?)[ \t]*$/;
const FENCE = /^\s*(`{3,}|~{3,})/;

interface OpenSection {
  heading: string;
  anchor: string;
  level: number;
  lines: string[];
}

/**
 * Splits a body into sections. Text before the first heading is the top section, named after
 * the article; a `# Title` line that opens the body belongs to it too. Headings inside code
 * fences are text.
 */
export function splitSections(markdown: string, article: { slug: string; title: string }): Section[] {
  const nextAnchor = createAnchorSlugger();
  const sections: Section[] = [];
  let current: OpenSection = { heading: article.title, anchor: '', level: 0, lines: [] };
  const close = () => {
    const id = current.anchor === '' ? article.slug : `${article.slug}#${current.anchor}`;
    sections.push({
      id,
      articleTitle: article.title,
      heading: current.heading,
      anchor: current.anchor,
      level: current.level,
      text: trimBlankLines(current.lines.join('\n')),
    });
  };

  let fence: string | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    const fenceMatch = FENCE.exec(line);
    if (fence !== null) {
      const marker = fenceMatch?.[1];
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      current.lines.push(line);
      continue;
    }
    if (fenceMatch?.[1]) {
      fence = fenceMatch[1];
      current.lines.push(line);
      continue;
    }
    const headingMatch = HEADING.exec(line);
    if (!headingMatch?.[1] || !headingMatch[2]) {
      current.lines.push(line);
      continue;
    }
    const level = headingMatch[1].length;
    const heading = plainHeading(headingMatch[2]);
    const isOpeningTitle =
      level === 1 && sections.length === 0 && current.level === 0 && isBlank(current.lines.join(''));
    if (isOpeningTitle || heading === '') continue;
    close();
    current = { heading, anchor: nextAnchor(heading), level, lines: [] };
  }
  close();
  return sections;
}

/** The text of a `# Title` line that opens a body, used when the front matter has no title. */
export function openingTitle(markdown: string): string | undefined {
  const firstLine = markdown.split(/\r?\n/).find((line) => line.trim() !== '');
  const match = firstLine === undefined ? null : /^ {0,3}#[ \t]+(.+?)[ \t]*$/.exec(firstLine);
  const title = match?.[1] ? plainHeading(match[1]) : '';
  return title === '' ? undefined : title;
}

function isBlank(text: string): boolean {
  return text.trim() === '';
}

function trimBlankLines(text: string): string {
  return text.replace(/^(?:[ \t]*\n)+/, '').trimEnd();
}
