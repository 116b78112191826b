import { describe, expect, it } from 'vitest';
import { BUTTON_LABELS, buttonLabel, isButtonText, localizeActions } from './button-labels.js';
import { CONFIRM_QUESTION } from './escalation/confirmation.js';
import { isHumanRequest } from './human-request.js';
import { replyActionsFor, TALK_TO_HUMAN } from './reply-actions.js';

const EXPECTED: Record<string, [string, string, string]> = {
  en: ['Talk to a human', 'Yes', 'No'],
  de: ['Mit einem Menschen sprechen', 'Ja', 'Nein'],
  fr: ['Parler à une personne', 'Oui', 'Non'],
  es: ['Hablar con una persona', 'Sí', 'No'],
  pt: ['Falar com uma pessoa', 'Sim', 'Não'],
  it: ['Parla con una persona', 'Sì', 'No'],
  nl: ['Met een medewerker praten', 'Ja', 'Nee'],
  ja: ['担当者と話す', 'はい', 'いいえ'],
  ar: ['التحدث إلى موظف', 'نعم', 'لا'],
  he: ['לדבר עם נציג', 'כן', 'לא'],
};

describe('server-sent button labels', () => {
  for (const [language, [human, yes, no]] of Object.entries(EXPECTED)) {
    it(`speaks ${language}`, () => {
      expect(buttonLabel('talkToHuman', language)).toBe(human);
      const [escalate] = localizeActions([TALK_TO_HUMAN], language);
      expect(escalate).toEqual({ kind: 'escalate', label: human, text: human });
      const labels = localizeActions(replyActionsFor(CONFIRM_QUESTION), language).map((a) => a.label);
      expect(labels).toEqual([yes, no]);
      // A tap sends the label: the core knows it as that button, and as a request for a person.
      expect(isButtonText('talkToHuman', human)).toBe(true);
      expect(isHumanRequest(human)).toBe(true);
      expect(isButtonText('yes', yes)).toBe(true);
    });
  }

  it('has every label in every language, each one distinct from the others of its language', () => {
    for (const labels of Object.values(BUTTON_LABELS)) {
      const texts = Object.values(labels);
      expect(texts.every((text) => text.trim().length > 0)).toBe(true);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });

  it('takes a regional code, and falls back to English for a language it does not speak', () => {
    expect(buttonLabel('talkToHuman', 'de-AT')).toBe('Mit einem Menschen sprechen');
    expect(buttonLabel('talkToHuman', 'pt-BR')).toBe('Falar com uma pessoa');
    expect(buttonLabel('talkToHuman', 'ko')).toBe('Talk to a human');
    expect(buttonLabel('talkToHuman', undefined)).toBe('Talk to a human');
  });

  it('leaves ratings and other texts as they are', () => {
    const ratings = replyActionsFor(
      'Your ticket has been resolved. How satisfied are you with the help you got? Reply with a number from 1 (poor) to 5 (excellent).',
    );
    expect(localizeActions(ratings, 'ja')).toEqual(ratings);
    const article = {
      kind: 'reply' as const,
      label: 'Pause your subscription',
      text: 'Pause your subscription',
    };
    expect(localizeActions([article], 'de')).toEqual([article]);
    expect(isButtonText('talkToHuman', 'Talk to a human about billing')).toBe(false);
  });
});
