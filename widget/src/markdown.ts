/**
 * Agent markdown to Preact elements, never to an HTML string: text stays text, so markup in an
 * answer is shown, not run. Written by hand: a markdown library plus a sanitizer weighs more
 * than this whole widget's 15 KB budget. Paragraphs, line breaks, headings (as bold lines),
 * emphasis, inline and fenced code, lists, links and bare URLs.
 */
import { type ComponentChild, h, type VNode } from 'preact';
import { safeUrl } from './safe-url.js';

type Nodes = ComponentChild[];

// `code`, **strong**, __strong__, *em*, _em_, [text](url), <url>, bare http(s) URL.
const INLINE =
  /`([^`\n]+)`|\*\*(?=\S)([\s\S]*?\S)\*\*|__(?=\S)([\s\S]*?\S)__|\*(?=[^\s*])([^*\n]*?[^\s*])?\*|(?<![\w])_(?=\S)([^_\n]*?\S)_(?![\w])|\[([^\]\n]+)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)|<((?:https?:|mailto:)[^>\s]+)>|\b(https?:\/\/[^\s<]*[^\s<.,;:!?)\]'"])/g;

function link(text: Nodes, href: string, baseUrl: string): ComponentChild {
  const url = safeUrl(href, baseUrl);
  // A link we will not follow stays visible as its text, so nothing the agent wrote disappears.
  if (!url) return text;
  return h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text);
}

/** Inline markdown within one block. Exported for tests. */
export function renderInline(text: string, baseUrl: string, depth = 0): Nodes {
  const out: Nodes = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index ?? 0;
    if (index > last) pushText(out, text.slice(last, index));
    const [whole, code, strong1, strong2, em1, em2, label, href, angled, bare] = match;
    const inner = (value: string) => (depth < 4 ? renderInline(value, baseUrl, depth + 1) : [value]);
    if (code !== undefined) out.push(h('code', null, code));
    else if (strong1 !== undefined || strong2 !== undefined)
      out.push(h('strong', null, inner((strong1 ?? strong2) as string)));
    else if (em1 !== undefined || em2 !== undefined) out.push(h('em', null, inner((em1 ?? em2) as string)));
    else if (label !== undefined) out.push(link(inner(label), href ?? '', baseUrl));
    else if (angled !== undefined) out.push(link([angled], angled, baseUrl));
    else if (bare !== undefined) out.push(link([bare], bare, baseUrl));
    else pushText(out, whole);
    last = index + whole.length;
  }
  if (last < text.length) pushText(out, text.slice(last));
  return out;
}

/** Text with single newlines as line breaks. */
function pushText(out: Nodes, text: string): void {
  text.split('\n').forEach((line, index) => {
    if (index > 0) out.push(h('br', null));
    if (line) out.push(line);
  });
}

const LIST_ITEM = /^\s{0,3}([-*+]|\d{1,9}[.)])\s+(.*)$/;
const FENCE = /^\s{0,3}(```|~~~)/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;

/** Block markdown to elements: the whole message. */
export function renderMarkdown(source: string, baseUrl: string): Nodes {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Nodes = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push(h('p', { dir: 'auto' }, renderInline(paragraph.join('\n'), baseUrl)));
    paragraph = [];
  };
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] as string;
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const code: string[] = [];
      index++;
      while (index < lines.length && !(lines[index] as string).trim().startsWith(fence[1] as string)) {
        code.push(lines[index++] as string);
      }
      index++;
      blocks.push(h('pre', null, h('code', null, code.join('\n'))));
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      flush();
      const ordered = /\d/.test(item[1] as string);
      const items: Nodes = [];
      const start = Number.parseInt(item[1] as string, 10);
      while (index < lines.length) {
        const next = LIST_ITEM.exec(lines[index] as string);
        if (next && /\d/.test(next[1] as string) === ordered) {
          items.push(h('li', null, renderInline(next[2] as string, baseUrl)));
        } else if (/^\s{2,}\S/.test(lines[index] as string) && items.length) {
          // A continuation line belongs to the item above.
          const previous = items.pop() as VNode<{ children: Nodes }>;
          const text = (lines[index] as string).trim();
          items.push(h('li', null, [...previous.props.children, ' ', ...renderInline(text, baseUrl)]));
        } else break;
        index++;
      }
      blocks.push(h(ordered ? 'ol' : 'ul', ordered && start > 1 ? { start } : null, items));
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push(h('p', null, h('strong', null, renderInline(heading[1] as string, baseUrl))));
    } else if (line.trim() === '') flush();
    else paragraph.push(line);
    index++;
  }
  flush();
  return blocks;
}
