/** Shortens markdown at a paragraph or list-item boundary, never inside a code block or a list item. */

interface Block {
  text: string;
  /** What separated this block from the one before: a line break inside a list, else a blank line. */
  gap: string;
}

const LIST_ITEM = /^ ?(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const FENCE = /^(\s*)(`{3,}|~{3,})/;
const HEADING = /^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/;

/** Splits markdown into paragraphs, top-level list items (with what is nested in them) and code blocks. */
export function splitBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  let gap = '\n\n';
  let kind: 'paragraph' | 'item' | 'code' | null = null;
  let fence: string | null = null;
  const flush = (nextGap: string) => {
    if (lines.length > 0) blocks.push({ text: lines.join('\n'), gap });
    lines = [];
    kind = null;
    gap = nextGap;
  };

  for (const line of markdown.replace(/<!--[\s\S]*?-->/g, '').split(/\r?\n/)) {
    const fenceMatch = FENCE.exec(line);
    if (fence !== null) {
      lines.push(line);
      if (fenceMatch?.[2]?.startsWith(fence)) {
        fence = null;
        if (kind === 'code') flush('\n');
      }
      continue;
    }
    if (fenceMatch?.[2]) {
      // A fence indented under a list item belongs to the item.
      if (!(kind === 'item' && fenceMatch[1] !== '')) {
        flush(lines.length > 0 ? '\n' : gap);
        kind = 'code';
      }
      fence = fenceMatch[2];
      lines.push(line);
      continue;
    }
    if (line.trim() === '') {
      flush('\n\n');
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading?.[1]) {
      flush(lines.length > 0 ? '\n' : gap);
      lines.push(`**${heading[1]}**`);
      flush('\n\n');
      continue;
    }
    if (LIST_ITEM.test(line)) {
      flush(lines.length > 0 ? '\n' : gap);
      kind = 'item';
    }
    kind ??= 'paragraph';
    lines.push(line);
  }
  flush('\n\n');
  return blocks;
}

/**
 * At most `maxLength` characters of whole blocks. A first block longer than that is cut at a
 * sentence end and marked with "…". A lead-in ending with ":" whose list was cut is dropped.
 */
export function excerpt(markdown: string, maxLength: number): { text: string; truncated: boolean } {
  const blocks = splitBlocks(markdown);
  const kept: Block[] = [];
  let length = 0;
  for (const block of blocks) {
    const cost = (kept.length > 0 ? block.gap.length : 0) + block.text.length;
    if (length + cost > maxLength) break;
    kept.push(block);
    length += cost;
  }
  const [first] = blocks;
  if (kept.length === 0 && first) return { text: cutAtSentence(first.text, maxLength), truncated: true };
  const truncated = kept.length < blocks.length;
  if (truncated && kept.length > 1 && kept.at(-1)?.text.trimEnd().endsWith(':')) kept.pop();
  const text = kept.map((block, position) => (position > 0 ? block.gap : '') + block.text).join('');
  return { text, truncated };
}

/** Makes site-relative link targets (`](/kb/…)`) absolute, so they work in Slack and Teams too. */
export function absoluteLinks(markdown: string, publicUrl: string | undefined): string {
  if (!publicUrl) return markdown;
  const base = publicUrl.replace(/\/+$/, '');
  return markdown.replace(/\]\((\/(?!\/)[^)\s]*)/g, (_match, target: string) => `](${base}${target}`);
}

function cutAtSentence(text: string, maxLength: number): string {
  const head = text.slice(0, maxLength);
  const sentenceEnd = Math.max(...[...head.matchAll(/[.!?](?=\s)/g)].map((match) => match.index + 1), -1);
  if (sentenceEnd > maxLength / 3) return `${head.slice(0, sentenceEnd)} …`;
  const wordEnd = head.lastIndexOf(' ');
  return `${head.slice(0, wordEnd > 0 ? wordEnd : maxLength).trimEnd()} …`;
}
