import { describe, expect, it } from 'vitest';
import { composeAnswer, NO_ANSWER_TEXT, passageName } from './compose-answer.js';
import type { Passage } from './knowledge-index.js';
import { parseArticle } from './load-knowledge.js';

const longArticle = parseArticle(
  'plans',
  [
    '---',
    'title: Plans and pricing',
    'url: /kb/plans',
    '---',
    'Short intro.',
    '',
    '## Compare plans',
    '',
    ...Array.from(
      { length: 40 },
      (_, position) => `- Feature number ${position + 1} is included in every paid plan.`,
    ),
    '',
    '## Discounts',
    '',
    'Nonprofits get 50% off. See [Contact support](/kb/contact).',
  ].join('\n'),
);

const passage = (sectionIndex: number, confidence: number, score = 10): Passage => ({
  article: longArticle,
  section: longArticle.sections[sectionIndex]!,
  score,
  coverage: 1,
  confidence,
  matchedTerms: [],
});

const options = { minScore: 0.5, maxSources: 3, publicUrl: 'https://help.example' };

describe('composeAnswer', () => {
  it('quotes the best section without its heading and ends with one link line', () => {
    const answer = composeAnswer([passage(2, 0.9)], options);
    expect(answer.noAnswer).toBe(false);
    expect(answer.text).toBe(
      "Here's what I found in **Plans and pricing — Discounts**:\n\n" +
        'Nonprofits get 50% off. See [Contact support](https://help.example/kb/contact).\n\n' +
        'More in [Plans and pricing](https://help.example/kb/plans#discounts).',
    );
    expect(answer.sources).toEqual([
      {
        type: 'knowledge_base',
        name: 'Plans and pricing — Discounts',
        score: 0.9,
        url: 'https://help.example/kb/plans#discounts',
      },
    ]);
  });

  it('never quotes a whole long article: the extract stops at a list item near 1,000 characters', () => {
    const answer = composeAnswer([passage(0, 0.9)], options);
    const extract = answer.text.split('\n\n').slice(1, -1).join('\n\n');
    expect(extract.startsWith('Short intro.\n\n**Compare plans**\n\n- Feature number 1 ')).toBe(true);
    expect(extract.length).toBeLessThanOrEqual(1000);
    expect(extract.length).toBeGreaterThan(800);
    expect(extract).toMatch(/in every paid plan\.$/);
    expect(answer.text).not.toContain('Discounts');
  });

  it('says it does not know below the minimum score', () => {
    expect(composeAnswer([passage(2, 0.49)], options)).toEqual({
      text: NO_ANSWER_TEXT,
      sources: [],
      noAnswer: true,
    });
    expect(composeAnswer([], options).noAnswer).toBe(true);
  });

  it('lists one source per article and respects maxSources', () => {
    const other = parseArticle('refunds', '---\ntitle: Refunds\n---\nMoney back within 30 days.');
    const refunds: Passage = { ...passage(0, 0.7), article: other, section: other.sections[0]! };
    const answer = composeAnswer([passage(2, 0.9), passage(1, 0.8), refunds], { ...options, maxSources: 2 });
    expect(answer.sources.map((source) => source.name)).toEqual(['Plans and pricing — Discounts', 'Refunds']);
    expect(composeAnswer([passage(2, 0.9), refunds], { ...options, maxSources: 1 }).sources).toHaveLength(1);
  });

  it('leaves out other articles that are much weaker than the best one', () => {
    const other = parseArticle('refunds', '---\ntitle: Refunds\n---\nMoney back within 30 days.');
    const weak: Passage = { ...passage(0, 0.66), article: other, section: other.sections[0]! };
    expect(composeAnswer([passage(2, 1), weak], options).sources.map((source) => source.name)).toEqual([
      'Plans and pricing — Discounts',
    ]);
  });

  it('adds a second article when it is nearly as strong', () => {
    const other = parseArticle('refunds', '---\ntitle: Refunds\n---\nMoney back within 30 days.');
    const refunds: Passage = { ...passage(0, 0.85), article: other, section: other.sections[0]! };
    const answer = composeAnswer([passage(2, 0.9), refunds], options);
    expect(answer.text).toContain('Also from **Refunds**:\n\nMoney back within 30 days.');
    expect(answer.text).toMatch(
      /More in \[Plans and pricing\]\([^)]+\) and \[Refunds\]\(https:\/\/help\.example\/kb\/refunds\)\.$/,
    );
  });
});

describe('passageName', () => {
  it('uses the heading alone when it already names the article', () => {
    const article = parseArticle(
      'reset',
      '---\ntitle: Reset your password\n---\nIntro\n\n## Reset your password on the web\n\nSteps',
    );
    const section = article.sections[1]!;
    expect(passageName({ ...passage(0, 1), article, section })).toBe('Reset your password on the web');
  });
});
