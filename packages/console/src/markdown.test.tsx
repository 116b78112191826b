// @vitest-environment happy-dom
// Markdown in transcripts: formatting shows, and nothing in it can run or load.
import { cleanup, render } from '@testing-library/preact';
import { h } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Markdown, markdownPlainText } from './markdown.js';

afterEach(cleanup);

const show = (text: string) => render(h(Markdown, { text })).container;

describe('Markdown', () => {
  it('shows emphasis, code, lists and links the way the agent wrote them', () => {
    const view = show(
      "Here's what I found in **Reset your password**:\n\n1. Go to `app.example/login`\n2. Click *Forgot password?*\n\n" +
        '- web\n- mobile\n\n```\nnpm start\n```\n\nMore in [Reset your password](https://help.example/reset).',
    );
    expect(view.querySelector('strong')?.textContent).toBe('Reset your password');
    expect([...view.querySelectorAll('ol > li')].map((item) => item.textContent)).toEqual([
      'Go to app.example/login',
      'Click Forgot password?',
    ]);
    expect(view.querySelectorAll('ul > li')).toHaveLength(2);
    expect(view.querySelector('pre code')?.textContent).toBe('npm start');
    const link = view.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://help.example/reset');
    expect(link?.getAttribute('rel')).toContain('noopener');
    expect(view.textContent).not.toContain('**');
  });

  it('keeps HTML, scripts, images and unsafe links inert, shown as text', () => {
    const view = show(
      'Hi <img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script>\n\n' +
        '[click](javascript:window.__pwned=3) [data](data:text/html,<b>x</b>) ![pic](https://evil.example/p.png)\n\n' +
        '<iframe src="https://evil.example"></iframe>',
    );
    expect(view.querySelectorAll('img, script, iframe')).toHaveLength(0);
    expect(view.textContent).toContain('<img src=x onerror="window.__pwned=1">');
    expect(view.textContent).toContain('[click](javascript:window.__pwned=3)');
    const hrefs = [...view.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(['https://evil.example/p.png']);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('makes bare http(s) and mailto addresses links, and keeps line breaks', () => {
    const view = show('Write to mailto:help@example.com\nor see https://example.com/help');
    expect([...view.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual([
      'mailto:help@example.com',
      'https://example.com/help',
    ]);
    expect(view.querySelectorAll('br')).toHaveLength(1);
  });
});

describe('markdownPlainText', () => {
  it('gives the words without the syntax, for previews', () => {
    expect(
      markdownPlainText("Here's **what** I found:\n\n1. Go to `x/login`\n2. [Reset](https://r.example)"),
    ).toBe("Here's what I found: Go to x/login Reset");
  });
});
