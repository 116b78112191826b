/** Untrusted text as text nodes; only http(s) and mailto URLs in it become links. */
import type { ComponentChild } from 'preact';
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { Fragment, h } from 'preact';
import { safeUrl } from './safe-url.js';

const URL_PATTERN = /\b(?:https?:\/\/|mailto:)[^\s<>"')\]]+/gi;

/** Renders `text` with line breaks kept (by CSS) and plain URLs as links that open in a new tab. */
export function LinkedText({ text }: { text: string }) {
  const parts: ComponentChild[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const href = safeUrl(match[0]);
    if (!href || match.index === undefined) continue;
    parts.push(text.slice(last, match.index));
    parts.push(
      <a key={match.index} href={href} target="_blank" rel="noopener noreferrer nofollow">
        {match[0]}
      </a>,
    );
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return <Fragment>{parts}</Fragment>;
}
