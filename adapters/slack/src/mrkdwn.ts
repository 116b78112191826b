/** Turns the agent's markdown into Slack mrkdwn: bold, italics, strike, code, links, headings, lists. */
// Placeholders use private-use characters, which never occur in agent text.

const SAFE_URL = /^(https?:|mailto:)/i;

/** Escapes the three characters Slack treats as markup in text. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A Slack link; unsafe schemes become plain text. */
export function mrkdwnLink(url: string, label: string): string {
  const safeLabel = escapeMrkdwn(label).replace(/\|/g, '¦');
  if (!SAFE_URL.test(url)) return safeLabel;
  return `<${url.replace(/[<>|\s]/g, encodeURIComponent)}|${safeLabel}>`;
}

function convertInline(text: string): string {
  const links: string[] = [];
  // Links first, so their text and URL escape the emphasis rules below; kept as placeholders.
  let out = text.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, url: string) => {
    links.push(mrkdwnLink(url, label));
    return `\uE000${links.length - 1}\uE000`;
  });
  out = escapeMrkdwn(out);
  out = out.replace(/(^|[^*])\*(?!\s)([^*\n]+?)\*(?!\*)/g, '$1\uE001$2\uE001'); // *italic*
  out = out.replace(/\*\*(?!\s)(.+?)\*\*|__(?!\s)(.+?)__/g, (_, a?: string, b?: string) => `*${a ?? b}*`);
  out = out.replace(/~~(.+?)~~/g, '~$1~');
  out = out.replace(/\uE001/g, '_');
  return out.replace(/\uE000(\d+)\uE000/g, (_, index: string) => links[Number(index)] ?? '');
}

function convertLine(line: string): string {
  const heading = /^#{1,6}\s+(.*)$/.exec(line);
  if (heading) return `*${convertInline(heading[1] ?? '').replace(/\*/g, '')}*`;
  const bullet = /^(\s*)[-*+]\s+(.*)$/.exec(line);
  if (bullet) return `${bullet[1]}• ${convertInline(bullet[2] ?? '')}`;
  const quote = /^>\s?(.*)$/.exec(line);
  if (quote) return `> ${convertInline(quote[1] ?? '')}`;
  return convertInline(line);
}

/** Converts markdown to mrkdwn; code spans and fenced blocks pass through unchanged but escaped. */
export function toMrkdwn(markdown: string): string {
  return markdown
    .split(/(```[\s\S]*?(?:```|$))/)
    .map((part) => {
      if (part.startsWith('```')) return escapeMrkdwn(part.replace(/^```[\w-]*\n?/, '```'));
      return part
        .split('\n')
        .map((line) => {
          // Inline code is set aside so emphasis rules never reach inside it.
          const spans: string[] = [];
          const masked = line.replace(/`[^`\n]+`/g, (span) => {
            spans.push(escapeMrkdwn(span));
            return `\uE002${spans.length - 1}\uE002`;
          });
          return convertLine(masked).replace(
            /\uE002(\d+)\uE002/g,
            (_, index: string) => spans[Number(index)] ?? '',
          );
        })
        .join('\n');
    })
    .join('');
}
