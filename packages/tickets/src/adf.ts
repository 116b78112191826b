/** Turns the markdown transcript into an Atlassian Document Format document (Jira Cloud REST v3 descriptions). */

interface AdfText {
  type: 'text';
  text: string;
  marks?: { type: 'strong' }[];
}

interface AdfParagraph {
  type: 'paragraph';
  content: AdfText[];
}

export interface AdfDocument {
  type: 'doc';
  version: 1;
  content: AdfParagraph[];
}

/** `**bold**` becomes a strong mark; everything else stays plain text (ADF text is never markup). */
function inline(line: string): AdfText[] {
  const parts: AdfText[] = [];
  const pattern = /\*\*([^*]+)\*\*/g;
  let last = 0;
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    if (match.index > last) parts.push({ type: 'text', text: line.slice(last, match.index) });
    parts.push({ type: 'text', text: match[1] as string, marks: [{ type: 'strong' }] });
    last = match.index + match[0].length;
  }
  if (last < line.length) parts.push({ type: 'text', text: line.slice(last) });
  return parts;
}

/** One paragraph per non-empty line. */
export function toAdf(markdown: string): AdfDocument {
  const content = markdown
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .map((line): AdfParagraph => ({ type: 'paragraph', content: inline(line) }));
  return { type: 'doc', version: 1, content };
}
