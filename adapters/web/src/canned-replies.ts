/**
 * The bot's canned replies (hand-over, no answer, rating question, off hours) in the widget's
 * language. The core writes them in the bot's own (English) texts, and stores and matches its
 * buttons on those; the web channel swaps them for the bot's `widget.cannedReplies[language]`
 * on the way to the visitor, keeping English where the bot has no such text.
 */
import {
  type Bot,
  CSAT_QUESTION,
  handoverText,
  localizeSentences,
  type OpenedTicket,
  type TicketTrigger,
  WIDGET_LANGUAGES,
} from '@frontdesk/core';

/** The language canned replies go out in: the bot's widget language, else the page's, else English. */
export function conversationLanguage(bot: Bot, locale: string | undefined): { language?: string } {
  const page = locale?.toLowerCase().split('-')[0];
  const language = bot.settings.widget.locale ?? WIDGET_LANGUAGES.find((known) => known === page);
  return language && language !== 'en' ? { language } : {};
}

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
  const texts = language
    ? bot.settings.widget.cannedReplies?.[language as (typeof WIDGET_LANGUAGES)[number]]
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
