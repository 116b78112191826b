// The ticket status word and the "Your ticket X is now <status>." sentence in the widget's languages.
import { describe, expect, it } from 'vitest';
import { localizeSentences } from './fixed-sentences.js';
import { localizeStatusUpdate, statusUpdateText, ticketStatusLabel } from './ticket-status-labels.js';

const LANGUAGES = ['de', 'fr', 'es', 'pt', 'it', 'nl', 'ja', 'ar', 'he'];

describe('ticket status labels', () => {
  it('says each known status in each language, by code or by region', () => {
    expect(ticketStatusLabel('open', 'ar')).toBe('مفتوحة');
    expect(ticketStatusLabel('resolved', 'de-AT')).toBe('gelöst');
    expect(ticketStatusLabel('In_Progress', 'fr')).toBe('en cours');
    expect(ticketStatusLabel('closed', 'ja')).toBe('終了');
    for (const language of LANGUAGES) {
      for (const status of ['open', 'new', 'pending', 'in progress', 'resolved', 'closed']) {
        // Dutch says "open" too.
        if (language === 'nl' && status === 'open') expect(ticketStatusLabel(status, language)).toBe('open');
        else expect(ticketStatusLabel(status, language), `${status} in ${language}`).not.toBe(status);
      }
    }
  });

  it('keeps the status as it is in English, in an unknown language and for an unknown status', () => {
    expect(ticketStatusLabel('resolved', undefined)).toBe('resolved');
    expect(ticketStatusLabel('resolved', 'en-GB')).toBe('resolved');
    expect(ticketStatusLabel('resolved', 'ko')).toBe('resolved');
    expect(ticketStatusLabel('Waiting for Jira', 'de')).toBe('Waiting for Jira');
  });

  it('translates the status-update sentence with its status word, keeping the ticket id', () => {
    const english = statusUpdateText('tkt_42', 'resolved');
    expect(english).toBe('Your ticket tkt_42 is now resolved.');
    expect(localizeStatusUpdate(english, 'de')).toBe('Ihr Ticket tkt_42 ist jetzt gelöst.');
    expect(localizeStatusUpdate(english, 'ar')).toBe('أصبحت حالة تذكرتك tkt_42: تم حلها.');
    expect(localizeStatusUpdate(statusUpdateText('SUP-7', 'in progress'), 'he')).toBe(
      'סטטוס הפנייה שלכם SUP-7 הוא כעת: בטיפול.',
    );
    // An unknown status is kept inside the translated sentence; English stays English.
    expect(localizeStatusUpdate(statusUpdateText('SUP-7', 'Triage'), 'fr')).toBe(
      'Votre ticket SUP-7 est maintenant Triage.',
    );
    expect(localizeStatusUpdate(english, 'en')).toBe(english);
    for (const language of LANGUAGES)
      expect(localizeStatusUpdate(english, language)).not.toContain('Your ticket');
  });

  it('is part of the fixed sentences the web channel localizes', () => {
    expect(localizeSentences('Your ticket tkt_1 is now closed.', 'es')).toBe(
      'Su ticket tkt_1 ahora está cerrado.',
    );
  });
});
