/** The language a visitor's conversation is in: the bot's widget language, else the page's, else English. */
import { type Bot, WIDGET_LANGUAGES } from '@frontdesk/core';

/** The language canned replies go out in: the bot's widget language, else the page's, else English. */
export function conversationLanguage(bot: Bot, locale: string | undefined): { language?: string } {
  const page = locale?.toLowerCase().split('-')[0];
  const language = bot.settings.widget.locale ?? WIDGET_LANGUAGES.find((known) => known === page);
  return language && language !== 'en' ? { language } : {};
}
