/**
 * The bot's canned replies (hand-over, no answer, rating question, off hours) in the person's
 * language. The core writes them in the bot's own (English) texts, and stores and matches its
 * buttons on those; every channel (widget, Slack, Teams) swaps them for the bot's
 * `widget.cannedReplies[language]` on the way out, keeping the built-in translation (or English)
 * where the bot has no such text.
 */
import { CSAT_QUESTION } from './csat.js';
import { localizeSentences } from './fixed-sentences.js';
import type { Bot, TicketTrigger } from './records.js';
import { handoverText, type OpenedTicket } from './ticket-policy.js';
import type { WIDGET_LANGUAGES } from './widget-settings.js';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The core's hand-over sentences, with the ticket id as a capture group. */
const HANDOVERS: RegExp[] = (['human-request', 'no-answer'] as TicketTrigger[]).map((trigger) => {
  const sample = handoverText(
    { created: true, ticket: { id: '\u0000' } } as unknown as OpenedTicket,
    trigger,
  );
  return new RegExp(sample.split('\u0000').map(escapeRegExp).join('(.+?)'), 'g');
});

export interface Localizer {
  text(text: string): string;
}

/**
 * Swaps the bot's English canned texts in `text` for those of `language`, then the core's other
 * fixed sentences for the built-in translations (`localizeSentences`); nothing to do in English.
 */
export function cannedLocalizer(bot: Bot, language: string | undefined): Localizer {
  // Settings stored before the widget had any may lack it.
  const texts = language
    ? bot.settings.widget?.cannedReplies?.[language as (typeof WIDGET_LANGUAGES)[number]]
    : undefined;
  if (!texts) return { text: (text) => localizeSentences(text, language) };
  const swaps: [RegExp | string, (id?: string) => string][] = [];
  const { rules } = bot.settings;
  const hours = bot.settings.ticketPolicy.businessHours;
  if (texts.handover) {
    const template = texts.handover;
    const filled = (id?: string) => template.replaceAll('{ticket}', `**${id}**`);
    for (const pattern of HANDOVERS) swaps.push([pattern, filled]);
  }
  const fixed = (from: string | undefined, to: string | undefined) => {
    if (from && to) swaps.push([from, () => to]);
  };
  fixed(rules.unknownMessage, texts.noAnswer);
  fixed(CSAT_QUESTION, texts.csat);
  fixed(hours?.offHoursMessage, texts.offHours);
  return {
    text(text) {
      let out = text;
      for (const [from, to] of swaps) {
        out = out.replaceAll(from, (_match, id?: string) => to(typeof id === 'string' ? id : undefined));
      }
      return localizeSentences(out, language);
    },
  };
}
