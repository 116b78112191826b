// The core's fixed sentences in the widget's ten languages: every sentence translated with its
// placeholders, filled in from the English the core writes, and the button names they mention.
import { describe, expect, it } from 'vitest';
import { BUTTON_LABELS, type ButtonLanguage } from './button-labels.js';
import { CSAT_COMMENT_OFFER, CSAT_QUESTION } from './csat.js';
import { EMAIL_ASK_TEXT } from './email-ask.js';
import { CONFIRM_QUESTION } from './escalation/confirmation.js';
import { ENGLISH_SENTENCES, localizeSentences, SENTENCES, type SentenceKey } from './fixed-sentences.js';
import { HUMAN_OFFER_TEXT } from './reply-actions.js';
import { handoverText, type OpenedTicket } from './ticket-policy.js';
import { WIDGET_LANGUAGES } from './widget-settings.js';

const keys = Object.keys(ENGLISH_SENTENCES) as SentenceKey[];
const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((match) => match[0]);
const opened = (id: string, created = true) => ({ created, ticket: { id } }) as unknown as OpenedTicket;

describe('fixed sentences in the visitor language', () => {
  it.each(WIDGET_LANGUAGES)('has every sentence in %s, with the same placeholders', (language) => {
    const texts = SENTENCES[language]!;
    for (const key of keys) {
      expect(texts[key], `${language}.${key}`).toBeTruthy();
      expect(texts[key], `${language}.${key}`).not.toBe(ENGLISH_SENTENCES[key]);
      expect(placeholders(texts[key]), `${language}.${key}`).toEqual(placeholders(ENGLISH_SENTENCES[key]));
    }
  });

  it.each(WIDGET_LANGUAGES)('names the %s buttons the sentences point at', (language) => {
    const texts = SENTENCES[language]!;
    const labels = BUTTON_LABELS[language as ButtonLanguage];
    expect(texts.csatCommentOffer).toContain(labels.addComment);
    expect(texts.confirmQuestion.toLowerCase()).toContain(labels.yes.toLowerCase());
    expect(texts.confirmQuestion.toLowerCase()).toContain(labels.no.toLowerCase());
  });

  it.each(WIDGET_LANGUAGES)(
    'says the hand-over and the e-mail question in %s, with the ticket id',
    (language) => {
      const texts = SENTENCES[language]!;
      const english = `${handoverText(opened('T-42'), 'human-request')}\n\n${EMAIL_ASK_TEXT}`;
      expect(localizeSentences(english, language)).toBe(
        `${texts.handoverNew.replace('{ticket}', 'T-42')}\n\n${texts.emailAsk}`,
      );
      expect(localizeSentences(handoverText(opened('T-7', false), 'human-request'), language)).toBe(
        texts.handoverExisting.replace('{ticket}', 'T-7'),
      );
      expect(localizeSentences(handoverText(opened('T-8'), 'no-answer'), language)).toBe(
        texts.handoverNoAnswer.replace('{ticket}', 'T-8'),
      );
    },
  );

  it('speaks German and Arabic the way a native speaker would', () => {
    expect(localizeSentences(HUMAN_OFFER_TEXT, 'de-DE')).toBe(
      'Möchten Sie mit jemandem aus unserem Support-Team sprechen?',
    );
    expect(localizeSentences(HUMAN_OFFER_TEXT, 'ar')).toBe('هل تود التحدث إلى أحد موظفي فريق الدعم لدينا؟');
    expect(localizeSentences(CONFIRM_QUESTION, 'de')).toContain('Soll ich ein Ticket für unser Support-Team');
    expect(localizeSentences(CSAT_QUESTION, 'ar')).toBe(
      'تم حل تذكرتك. ما مدى رضاك عن المساعدة التي تلقيتها؟ أجب برقم من 1 (ضعيف) إلى 5 (ممتاز).',
    );
  });

  it('fills in the score and the address, even an address with $ signs', () => {
    const thanks = `Thank you for your rating (4/5)! ${CSAT_COMMENT_OFFER}`;
    expect(localizeSentences(thanks, 'fr')).toBe(
      'Merci pour votre note (4/5) ! Appuyez sur « Ajouter un commentaire » pour nous en dire plus.',
    );
    const address = "Thank you! The team's replies will also go to a$&b@example.com.";
    expect(localizeSentences(address, 'he')).toBe('תודה! תשובות הצוות יישלחו גם אל a$&b@example.com.');
    expect(localizeSentences(address, 'ja')).toBe(
      'ありがとうございます！チームからの返信は a$&b@example.com にもお送りします。',
    );
  });

  it('keeps the text around a sentence, and English for English or a language it does not speak', () => {
    const answer = `Our office is in Berlin.\n\n${HUMAN_OFFER_TEXT}`;
    expect(localizeSentences(answer, 'nl')).toBe(
      'Our office is in Berlin.\n\nWil je met iemand van ons supportteam praten?',
    );
    for (const language of ['en', 'en-GB', 'ko', undefined]) {
      expect(localizeSentences(answer, language)).toBe(answer);
    }
  });
});
