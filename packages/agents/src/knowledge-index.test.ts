import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from './article.js';
import { FIXTURE_HELP_CENTRE } from './fixtures/test-helpers.js';
import { createKnowledgeIndex, type KnowledgeIndex } from './knowledge-index.js';
import { loadKnowledge } from './load-knowledge.js';

describe('createKnowledgeIndex', () => {
  let articles: Article[];
  let index: KnowledgeIndex;

  beforeAll(async () => {
    articles = await loadKnowledge(FIXTURE_HELP_CENTRE);
    index = createKnowledgeIndex(articles);
  });

  it('indexes every section of every article', () => {
    const sectionCount = articles.reduce((total, article) => total + article.sections.length, 0);
    expect(index.sectionCount).toBe(sectionCount);
  });

  it('finds the section whose heading matches, with raw scores and a confidence from 0 to 1', () => {
    const passages = index.search('how long does a refund take', 5);
    expect(passages[0]?.section.id).toBe('billing/refunds#how-long-a-refund-takes');
    expect(passages[0]?.score).toBeGreaterThan(1);
    for (const passage of passages) {
      expect(passage.confidence).toBeGreaterThanOrEqual(0);
      expect(passage.confidence).toBeLessThanOrEqual(1);
      expect(passage.coverage).toBeLessThanOrEqual(1);
    }
    const confidences = passages.map((passage) => passage.confidence);
    expect(confidences).toEqual([...confidences].sort((left, right) => right - left));
  });

  it('matches other word forms, typos and word starts', () => {
    expect(index.search('refunded')[0]?.article.slug).toBe('billing/refunds');
    expect(index.search('pasword reset')[0]?.article.slug).toBe('reset-your-password');
    expect(index.search('authen')[0]?.article.slug).toBe('two-factor-authentication');
  });

  it('searches tags and summaries', () => {
    expect(index.search('backup')[0]?.article.slug).toBe('export-your-data');
    expect(index.search('money back')[0]?.article.slug).toBe('billing/refunds');
  });

  it('is confident about a clear match and not about a question on something else', () => {
    expect(index.search('How do I reset my password?')[0]?.confidence).toBeGreaterThan(0.6);
    expect(index.search('what is the capital of France?')[0]?.confidence ?? 0).toBeLessThan(0.3);
    expect(index.search('how do I change my car tyres')[0]?.confidence ?? 0).toBeLessThan(0.5);
  });

  it('returns nothing for a question made only of stop words, or an empty index', () => {
    expect(index.search('how do I do it?')).toEqual([]);
    expect(createKnowledgeIndex([]).search('password')).toEqual([]);
  });

  it('weighs query parts, so the current question outweighs an earlier one', () => {
    const passages = index.search([
      { text: 'mobile', weight: 1 },
      { text: 'reset my password', weight: 0.6 },
    ]);
    expect(passages[0]?.section.id).toBe('reset-your-password#reset-it-in-the-mobile-app');
  });
});
