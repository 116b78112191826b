import { describe, expect, it } from 'vitest';
import { stem, textTerms } from './text-terms.js';

describe('textTerms', () => {
  it('drops stop words, single letters and possessives, and lower-cases', () => {
    expect(textTerms("How do I reset my company's Password?")).toEqual(['reset', 'company', 'password']);
  });

  it('turns every negation into `not`', () => {
    expect(textTerms("it didn't work")).toEqual(['not', 'work']);
    expect(textTerms('I can’t sign in, not again')).toEqual(['not', 'sign', 'not']);
  });

  it('keeps numbers and words with digits', () => {
    expect(textTerms('2FA codes expire after 30 seconds')).toEqual(['2fa', 'code', 'expir', '30', 'second']);
  });
});

describe('stem', () => {
  it('brings common word forms together', () => {
    expect(['refund', 'refunds', 'refunded', 'refunding'].map(stem)).toEqual(Array(4).fill('refund'));
    expect(['reset', 'resets', 'resetting'].map(stem)).toEqual(Array(3).fill('reset'));
    expect(['invoice', 'invoices', 'invoiced'].map(stem)).toEqual(Array(3).fill('invoic'));
    expect(['policy', 'policies'].map(stem)).toEqual(['policy', 'policy']);
  });

  it('leaves short words and words ending in ss alone', () => {
    expect(['app', 'sso', 'access', 'address', 'bill', 'billing'].map(stem)).toEqual([
      'app',
      'sso',
      'access',
      'address',
      'bill',
      'bill',
    ]);
  });
});
