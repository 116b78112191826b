import { describe, expect, it } from 'vitest';
import { parseArticle } from './load-knowledge.js';
import { absoluteUrl, sectionUrl } from './source-url.js';

describe('absoluteUrl', () => {
  it('joins relative urls to the public url, keeping its path', () => {
    expect(absoluteUrl('/kb/reset', 'http://127.0.0.1:3000')).toBe('http://127.0.0.1:3000/kb/reset');
    expect(absoluteUrl('kb/reset', 'https://example.com/support/')).toBe(
      'https://example.com/support/kb/reset',
    );
    expect(absoluteUrl('https://docs.example/a', 'http://127.0.0.1:3000')).toBe('https://docs.example/a');
    expect(absoluteUrl('/kb/reset', undefined)).toBe('/kb/reset');
  });
});

describe('sectionUrl', () => {
  it('adds the anchor for sub-sections only', () => {
    const article = parseArticle(
      'reset',
      '---\ntitle: Reset\nurl: /kb/reset\n---\nIntro\n\n## On the web\n\nSteps',
    );
    expect(sectionUrl(article, article.sections[0], 'https://help.example')).toBe(
      'https://help.example/kb/reset',
    );
    expect(sectionUrl(article, article.sections[1], 'https://help.example')).toBe(
      'https://help.example/kb/reset#on-the-web',
    );
  });
});
