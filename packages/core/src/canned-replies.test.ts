// The bot's canned replies in the person's language (widget, Slack, Teams): each of hand-over,
// no answer, rating question and off hours is swapped for the bot's text in that language; a
// language the bot gave no text for gets the core's built-in translation; English keeps the core's words.
import { describe, expect, it } from 'vitest';
import { botSettingsSchema } from './bot.js';
import { cannedLocalizer } from './canned-replies.js';
import { CSAT_QUESTION } from './csat.js';
import { SENTENCES } from './fixed-sentences.js';
import type { Bot } from './records.js';
import { handoverText, type OpenedTicket } from './ticket-policy.js';

const OFF_HOURS = 'We are closed now.';
const bot = (widget: object = {}): Bot => ({
  id: 'demo',
  workspaceId: 'ws_a',
  name: 'Demo',
  enabled: true,
  agent: { kind: 'embedded', knowledgeDir: 'unused' },
  settings: botSettingsSchema.parse({
    rules: { unknownMessage: 'Sorry, I have no answer to that.' },
    ticketPolicy: {
      businessHours: {
        timeZone: 'Europe/Berlin',
        days: { mon: [{ from: '09:00', to: '17:00' }] },
        offHoursMessage: OFF_HOURS,
      },
    },
    widget: {
      cannedReplies: {
        de: {
          handover: 'Ich habe ein Ticket ({ticket}) für Sie eröffnet.',
          noAnswer: 'Dazu habe ich leider keine Antwort.',
          csat: 'Wie zufrieden waren Sie? Antworten Sie mit 1 bis 5.',
          offHours: 'Wir sind gerade nicht da.',
        },
        fr: { noAnswer: 'Je n’ai pas de réponse.' },
      },
      ...widget,
    },
  }),
  createdAt: 0,
  updatedAt: 0,
});
const opened = (id: string, created = true) => ({ created, ticket: { id } }) as unknown as OpenedTicket;

describe('canned replies in the widget language', () => {
  it('swaps each canned text for the German one, the ticket id kept', () => {
    const german = cannedLocalizer(bot(), 'de');
    const handover = `${handoverText(opened('T-7'), 'human-request')}\n\n${OFF_HOURS}`;
    expect(german.text(handover)).toBe(
      'Ich habe ein Ticket (**T-7**) für Sie eröffnet.\n\nWir sind gerade nicht da.',
    );
    expect(german.text(handoverText(opened('T-8'), 'no-answer'))).toBe(
      'Ich habe ein Ticket (**T-8**) für Sie eröffnet.',
    );
    expect(german.text('Sorry, I have no answer to that.')).toBe('Dazu habe ich leider keine Antwort.');
    expect(german.text(CSAT_QUESTION)).toBe('Wie zufrieden waren Sie? Antworten Sie mit 1 bis 5.');
    // Anything else, e.g. an answer, is left alone.
    expect(german.text('Go to Settings → Password.')).toBe('Go to Settings → Password.');
  });

  it('keeps English for English visitors; a text the bot lacks takes the built-in translation', () => {
    expect(cannedLocalizer(bot(), undefined).text(CSAT_QUESTION)).toBe(CSAT_QUESTION);
    const french = cannedLocalizer(bot(), 'fr');
    expect(french.text('Sorry, I have no answer to that.')).toBe('Je n’ai pas de réponse.');
    expect(french.text(CSAT_QUESTION)).toBe(SENTENCES.fr!.csatQuestion);
    expect(cannedLocalizer(bot(), 'ja').text(CSAT_QUESTION)).toBe(SENTENCES.ja!.csatQuestion);
    // The bot's own text wins over the built-in one.
    expect(cannedLocalizer(bot(), 'de').text(CSAT_QUESTION)).toBe(
      'Wie zufrieden waren Sie? Antworten Sie mit 1 bis 5.',
    );
  });
});
