/**
 * Markdown from requesters, agents and staff, shown as Preact elements built from marked's tokens
 * (never as HTML): raw HTML stays text, only http(s) and mailto links become links, images
 * become links to them. Safe by construction, so no sanitizer is needed.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import type { ComponentChild } from 'preact';
// biome-ignore lint/correctness/noUnusedImports: `h` is the JSX factory (classic runtime, smaller output).
import { h } from 'preact';
import { safeUrl } from './safe-url.js';

/** Renders `text` as markdown (GitHub flavour: bare URLs, lists, code blocks, tables as text). */
export function Markdown({ text }: { text: string }) {
  return <div class="markdown">{blocks(Lexer.lex(text, { gfm: true, breaks: true }))}</div>;
}

function blocks(tokens: Token[]): ComponentChild[] {
  return tokens.map((token, index) => block(token, index));
}

function block(token: Token, key: number): ComponentChild {
  switch (token.type) {
    case 'space':
    case 'hr':
      return null;
    case 'paragraph':
      return <p key={key}>{inline((token as Tokens.Paragraph).tokens)}</p>;
    case 'heading':
      return (
        <p key={key}>
          <strong>{inline((token as Tokens.Heading).tokens)}</strong>
        </p>
      );
    case 'code':
      return (
        <pre key={key}>
          <code>{(token as Tokens.Code).text}</code>
        </pre>
      );
    case 'blockquote':
      return <blockquote key={key}>{blocks((token as Tokens.Blockquote).tokens)}</blockquote>;
    case 'list': {
      const list = token as Tokens.List;
      const items = list.items.map((item, index) => <li key={index}>{blocks(item.tokens)}</li>);
      return list.ordered ? (
        <ol key={key} start={typeof list.start === 'number' ? list.start : undefined}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case 'text': {
      const text = token as Tokens.Text;
      return <span key={key}>{text.tokens ? inline(text.tokens) : text.text}</span>;
    }
    default:
      // Tables, raw HTML and anything newer: the source, as text.
      return <p key={key}>{token.raw.trim()}</p>;
  }
}

function inline(tokens: Token[] | undefined): ComponentChild[] {
  return (tokens ?? []).map((token, key) => {
    switch (token.type) {
      case 'strong':
        return <strong key={key}>{inline((token as Tokens.Strong).tokens)}</strong>;
      case 'em':
        return <em key={key}>{inline((token as Tokens.Em).tokens)}</em>;
      case 'del':
        return <del key={key}>{inline((token as Tokens.Del).tokens)}</del>;
      case 'codespan':
        return <code key={key}>{(token as Tokens.Codespan).text}</code>;
      case 'br':
        return <br key={key} />;
      case 'link':
      case 'image': {
        const link = token as Tokens.Link | Tokens.Image;
        const href = safeUrl(link.href);
        const label = token.type === 'link' ? inline((link as Tokens.Link).tokens) : link.text || link.href;
        if (!href) return <span key={key}>{token.raw}</span>;
        return (
          <a key={key} href={href} target="_blank" rel="noopener noreferrer nofollow">
            {label}
          </a>
        );
      }
      case 'text':
      case 'escape': {
        const text = token as Tokens.Text;
        return text.tokens ? <span key={key}>{inline(text.tokens)}</span> : text.text;
      }
      default:
        // Inline HTML and the like: shown as typed.
        return token.raw;
    }
  });
}

/** The words of `text` without markdown syntax, on one line: for previews in lists. */
export function markdownPlainText(text: string): string {
  const words: string[] = [];
  const walk = (tokens: Token[] | undefined) => {
    for (const token of tokens ?? []) {
      const children = (token as { tokens?: Token[] }).tokens;
      const items = (token as Partial<Tokens.List>).items;
      if (items) {
        for (const item of items) {
          walk(item.tokens);
          words.push(' ');
        }
      } else if (children) walk(children);
      else if (token.type === 'space' || token.type === 'hr' || token.type === 'br') words.push(' ');
      else words.push('text' in token && typeof token.text === 'string' ? token.text : token.raw);
      if (token.type === 'paragraph' || token.type === 'list_item' || token.type === 'code') words.push(' ');
    }
  };
  walk(Lexer.lex(text, { gfm: true }));
  return words.join('').replace(/\s+/g, ' ').trim();
}
