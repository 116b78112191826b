import { loadKnowledge, parseArticle } from '@frontdesk/agents';
import { renderMarkdown, safeHref } from '@frontdesk/services/markdown/render-markdown';
import { loadSettings } from '@frontdesk/services/settings/config';
import { describe, expect, it } from 'vitest';
import { renderArticle, renderKbIndex } from './kb-pages.js';

describe('renderArticle', () => {
  it('puts an id on every heading the embedded agent links to, for every demo article', async () => {
    const articles = await loadKnowledge(loadSettings({}).knowledgeDir);
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) {
      const html = renderArticle(article);
      for (const section of article.sections) {
        if (section.anchor === '') continue;
        expect(html, `${article.slug}#${section.anchor}`).toContain(` id="${section.anchor}"`);
      }
    }
  });

  it('numbers repeated headings like GitHub', () => {
    const html = renderMarkdown('## Setup\n\ntext\n\n## Setup\n\nmore\n\n## `Setup` *again*\n');
    expect(html).toContain('<h2 id="setup">');
    expect(html).toContain('<h2 id="setup-1">');
    expect(html).toContain('<h2 id="setup-again">');
  });

  it('uses the title as the heading when the article has none', () => {
    const html = renderArticle(parseArticle('a', '---\ntitle: A & B\n---\nBody.'));
    expect(html).toContain('<h1>A &amp; B</h1>');
    expect(html).toContain('<title>A &amp; B</title>');
  });

  it('shows raw HTML as text and drops unsafe links and images', () => {
    const html = renderMarkdown(
      '<img src=x onerror=alert(1)>\n\n[a](javascript:alert(1)) [b](JaVa\tScRiPt:alert(1)) ![c](data:text/html,x) [d](https://example.com) [e](mailto:help@example.com)',
    );
    expect(html).not.toMatch(/<img src="?x/);
    expect(html).toContain('&lt;img');
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toContain('data:text/html');
    expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer">d</a>');
    expect(html).toContain('<a href="mailto:help@example.com">e</a>');
  });
});

describe('safeHref', () => {
  it('allows relative links, anchors, http, https and mailto only', () => {
    for (const href of [
      '/kb/a',
      '#part',
      'other',
      'http://x.test',
      'HTTPS://x.test',
      'mailto:a@b.test',
      '//x.test/a',
    ]) {
      expect(safeHref(href), href).toBe(href);
    }
    for (const href of [
      'javascript:alert(1)',
      ' javascript:x',
      'java\nscript:x',
      'vbscript:x',
      'data:text/html,x',
      'file:///etc',
    ]) {
      expect(safeHref(href), href).toBeUndefined();
    }
  });
});

describe('renderKbIndex', () => {
  it('says so when there are no articles', () => {
    expect(renderKbIndex([])).toContain('no articles yet');
  });
});
