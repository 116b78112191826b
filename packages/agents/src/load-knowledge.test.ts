import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyHelpCentre } from './fixtures/test-helpers.js';
import { loadKnowledge, parseArticle } from './load-knowledge.js';

describe('loadKnowledge', () => {
  let dir: string;
  let remove: () => Promise<void>;

  beforeEach(async () => {
    ({ dir, remove } = await copyHelpCentre());
  });
  afterEach(() => remove());

  it('reads every markdown file, in sub-folders too, sorted by slug', async () => {
    const articles = await loadKnowledge(dir);
    expect(articles.map((article) => article.slug)).toEqual([
      'api-keys',
      'billing/refunds',
      'export-your-data',
      'mobile-app',
      'reset-your-password',
      'two-factor-authentication',
    ]);
  });

  it('keeps urls as written and gives articles without one `/kb/{slug}`', async () => {
    const articles = await loadKnowledge(dir);
    const urls = Object.fromEntries(articles.map((article) => [article.slug, article.url]));
    expect(urls['reset-your-password']).toBe('/kb/reset-your-password');
    expect(urls['api-keys']).toBe('https://developers.quillpad.example/api-keys');
    expect(urls['billing/refunds']).toBe('/kb/billing/refunds');
  });

  it('returns the body without front matter, the summary, tags and sections', async () => {
    const [refunds] = (await loadKnowledge(dir)).filter((article) => article.slug === 'billing/refunds');
    expect(refunds).toMatchObject({
      title: 'Refunds',
      summary: expect.stringContaining('how long the money takes'),
      tags: ['refund', 'money back', 'billing'],
    });
    expect(refunds?.markdown.startsWith('\nYearly plans can be refunded')).toBe(true);
    expect(refunds?.sections.map((section) => section.heading)).toEqual([
      'Refunds',
      'How to request a refund',
      'How long a refund takes',
    ]);
  });

  it('skips files with broken front matter with a warning, and files that are not markdown', async () => {
    await writeFile(path.join(dir, 'broken.md'), '---\ntitle: [oops\n---\nText');
    await writeFile(path.join(dir, 'wrong-type.md'), '---\ntitle: Fine\ntags: {a: 1}\n---\nText');
    await writeFile(path.join(dir, 'notes.txt'), 'not an article');
    await mkdir(path.join(dir, '.drafts'));
    await writeFile(path.join(dir, '.drafts', 'draft.md'), '---\ntitle: Draft\n---\nText');
    const warnings: string[] = [];

    const articles = await loadKnowledge(dir, { onWarning: (message) => warnings.push(message) });

    expect(articles).toHaveLength(6);
    expect(warnings).toEqual([
      expect.stringMatching(/^Skipped broken\.md: front matter is not valid YAML/),
      'Skipped wrong-type.md: `tags` must be a list of text',
    ]);
  });

  it('rejects when the folder does not exist', async () => {
    await expect(loadKnowledge(path.join(dir, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('parseArticle', () => {
  it('takes the title from an opening heading, else from the file name', () => {
    expect(parseArticle('guides/first-steps', '# Welcome aboard\n\nHi.').title).toBe('Welcome aboard');
    expect(parseArticle('guides/first-steps', 'Just text.')).toMatchObject({
      title: 'First steps',
      url: '/kb/guides/first-steps',
    });
  });

  it('escapes file names that are not url-safe in the default url', () => {
    expect(parseArticle('billing/VAT & tax', 'Text').url).toBe('/kb/billing/VAT%20%26%20tax');
  });
});
