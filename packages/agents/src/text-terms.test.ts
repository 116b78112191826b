import { describe, expect, it } from 'vitest';
import { stem, textTerms } from './text-terms.js';

describe('textTerms', () => {
  it('drops stop words, single letters and possessives, and lower-cases', () => {
    expect(textTerms("How do I reset my company's Password?")).toEqual(['reset', 'compani', 'password']);
  });

  it('turns every negation into `not`, in each language', () => {
    expect(textTerms("it didn't work")).toEqual(['not', 'work']);
    expect(textTerms('I can’t sign in, not again')).toEqual(['not', 'signin', 'not']);
    expect(textTerms('die Mail kommt nicht an', 'de')).toContain('not');
    expect(textTerms('je ne reçois pas le mail', 'fr')).toContain('not');
  });

  it('keeps numbers and words with digits', () => {
    expect(textTerms('2FA codes expire after 30 seconds')).toEqual(['2fa', 'code', 'expir', '30', 'second']);
  });

  it('keeps polarity: "turn on" and "turn off" become different terms', () => {
    expect(textTerms('turn on two-factor')).toEqual(['enabl', '2fa']);
    expect(textTerms('turn off two-factor')).toEqual(['disabl', '2fa']);
    expect(textTerms('2fa ausschalten', 'de')).toEqual(['2fa', 'deaktivi']);
  });

  it('maps customer words to the help centre’s words', () => {
    expect(textTerms('close my account')).toEqual(textTerms('delete my account'));
    expect(textTerms('money back')).toEqual(textTerms('refund'));
    expect(textTerms('dar de baja', 'es')).toEqual(textTerms('cancelar', 'es'));
  });

  it('stems with the question’s language and folds accents', () => {
    expect(textTerms('Rechnungen herunterladen', 'de')).toEqual(textTerms('Rechnung runterladen', 'de'));
    expect(textTerms('móvil', 'es')).toEqual(textTerms('movil', 'es'));
    expect(textTerms("l'abonnement", 'fr')).toEqual(textTerms('abonnements', 'fr'));
  });
});

describe('stem', () => {
  it('brings common word forms together (Snowball)', () => {
    expect(['refund', 'refunds', 'refunded', 'refunding'].map((word) => stem(word))).toEqual(
      Array(4).fill('refund'),
    );
    expect(['reset', 'resets', 'resetting'].map((word) => stem(word))).toEqual(Array(3).fill('reset'));
    expect(['invoice', 'invoices', 'invoiced'].map((word) => stem(word))).toEqual(Array(3).fill('invoic'));
    expect(['kündigen', 'kündigung'].map((word) => stem(word, 'de'))).toEqual(['kundig', 'kundig']);
  });
});
