// @vitest-environment happy-dom
// The markdown renderer against the XSS tricks chat widgets have shipped before.
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.js';

const BASE = 'https://help.example.com';

function html(markdown: string): HTMLElement {
  const container = document.createElement('div');
  render(h('div', null, renderMarkdown(markdown, BASE)), container);
  return container;
}

describe('renderMarkdown', () => {
  it('renders paragraphs, emphasis, code, lists and links as elements', () => {
    const root = html(
      'Hello **bold** and *em* and `x<y`\n\n- one\n- two [docs](https://a.example/b)\n\n1. first\n2. second',
    );
    expect(root.querySelectorAll('p')).toHaveLength(1);
    expect(root.querySelector('strong')?.textContent).toBe('bold');
    expect(root.querySelector('em')?.textContent).toBe('em');
    expect(root.querySelector('code')?.textContent).toBe('x<y');
    expect(root.querySelectorAll('ul li')).toHaveLength(2);
    expect(root.querySelectorAll('ol li')).toHaveLength(2);
    const link = root.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://a.example/b');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('shows HTML in an answer as text: no img, script or event handler gets through', () => {
    const root = html(
      '<img src=x onerror="alert(1)"> <script>alert(2)</script> <a href="javascript:alert(3)">x</a>',
    );
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.querySelector('a')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(root.innerHTML).not.toContain('<img');
  });

  it.each([
    '[click](javascript:alert(1))',
    '[click](JaVaScRiPt:alert(1))',
    '[click](java\tscript:alert(1))',
    '[click]( javascript:alert(1))',
    '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '[click](vbscript:msgbox(1))',
    '<javascript:alert(1)>',
    '[click](<javascript:alert(1)>)',
  ])('refuses the link %s but keeps its text', (markdown) => {
    const root = html(markdown);
    for (const anchor of root.querySelectorAll('a')) {
      expect(anchor.getAttribute('href')).toMatch(/^(https?|mailto):/);
    }
    expect(root.textContent).toContain(markdown.startsWith('<') ? 'javascript' : 'click');
  });

  it('keeps markup inside link text and emphasis as text', () => {
    const root = html('[<img src=x onerror=alert(1)>](https://ok.example) **<b onmouseover=alert(1)>**');
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.querySelector('a')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('resolves relative links against the Frontdesk server and allows mailto', () => {
    const root = html('See [reset](/kb/reset-your-password) or [mail](mailto:help@example.com)');
    const links = [...root.querySelectorAll('a')].map((anchor) => anchor.getAttribute('href'));
    expect(links).toEqual(['https://help.example.com/kb/reset-your-password', 'mailto:help@example.com']);
  });

  it('links bare URLs without trailing punctuation, and renders fenced code verbatim', () => {
    const root = html('Go to https://example.com/a.\n\n```\n<script>alert(1)</script>\n```');
    expect(root.querySelector('a')?.getAttribute('href')).toBe('https://example.com/a');
    expect(root.querySelector('pre code')?.textContent).toBe('<script>alert(1)</script>');
    expect(root.querySelector('script')).toBeNull();
  });

  it('lets each paragraph take its own direction, so an Arabic line after an English one reads right to left', () => {
    const root = html("I couldn't find that.\n\nهل تود التحدث إلى أحد موظفي فريق الدعم لدينا؟");
    const paragraphs = [...root.querySelectorAll('p')];
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs.map((p) => p.getAttribute('dir'))).toEqual(['auto', 'auto']);
  });
});
