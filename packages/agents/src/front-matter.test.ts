import { describe, expect, it } from 'vitest';
import { FrontMatterError, parseFrontMatter } from './front-matter.js';

describe('parseFrontMatter', () => {
  it('reads title, url, summary and tags, and returns the body without the front matter', () => {
    const source =
      '---\ntitle: Reset your password\nurl: /kb/reset\nsummary: How to.\ntags: [password, login]\n---\n\nBody text.\n';
    expect(parseFrontMatter(source)).toEqual({
      attributes: {
        title: 'Reset your password',
        url: '/kb/reset',
        summary: 'How to.',
        tags: ['password', 'login'],
      },
      body: '\nBody text.\n',
    });
  });

  it('treats a file without front matter as all body', () => {
    expect(parseFrontMatter('# Hello\n\nText')).toEqual({
      attributes: { tags: [] },
      body: '# Hello\n\nText',
    });
  });

  it('accepts Windows line endings and tags written as one comma-separated line', () => {
    const { attributes, body } = parseFrontMatter(
      '---\r\ntitle: Refunds\r\ntags: billing, refunds\r\n---\r\nText',
    );
    expect(attributes).toMatchObject({ title: 'Refunds', tags: ['billing', 'refunds'] });
    expect(body).toBe('Text');
  });

  it('throws a FrontMatterError for invalid YAML, an unclosed block or fields of the wrong type', () => {
    expect(() => parseFrontMatter('---\ntitle: [unclosed\n---\nText')).toThrow(FrontMatterError);
    expect(() => parseFrontMatter('---\ntitle: Never closed\nText')).toThrow(/not closed/);
    expect(() => parseFrontMatter('---\ntitle: {a: 1}\n---\nText')).toThrow(/`title` must be text/);
    expect(() => parseFrontMatter('---\n- a\n- b\n---\nText')).toThrow(/mapping/);
    expect(() => parseFrontMatter('---\ntags: {a: 1}\n---\nText')).toThrow(/`tags`/);
  });
});
