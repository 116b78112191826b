/**
 * What Slack and Teams say in a person's language. The core writes its fixed sentences and buttons
 * in English; a chat channel learns the person's locale (Teams on every activity, Slack from
 * `users.info`) and translates the reply on the way out, as the widget does for its visitors.
 * Ticket events pass untouched: channels read the English status (Slack's status reaction).
 */
import { type ButtonLanguage, localizeActions } from './button-labels.js';
import { localizeSentences } from './fixed-sentences.js';
import { WIDGET_LANGUAGES } from './widget-settings.js';
import type { ReplyData, ReplyEvent } from './wire.js';
import type { WorkspaceStore } from './workspace-store.js';

/** The language of `locale` (`de-DE` → `de`, `en-US` → `en`) when Frontdesk speaks it; else undefined. */
export function spokenLanguage(locale: string | undefined): ButtonLanguage | undefined {
  const code = locale?.trim().toLowerCase().split(/[-_]/)[0];
  if (code === 'en') return 'en';
  return WIDGET_LANGUAGES.find((known) => known === code);
}

/**
 * The language to speak to a person whose chat client says `locale`: theirs when Frontdesk speaks
 * it, else the bot's `settings.widget.locale`; undefined means English.
 */
export async function chatLanguage(
  locale: string | undefined,
  store: Pick<WorkspaceStore, 'getBot'>,
  bot: { workspaceId: string; botId: string },
): Promise<string | undefined> {
  const spoken = spokenLanguage(locale);
  if (spoken) return spoken;
  // Settings stored before the widget had any may lack it.
  return (await store.getBot(bot.workspaceId, bot.botId))?.settings.widget?.locale;
}

/** A finished reply with the core's sentences and button labels in `language`; other text stays. */
export function localizeReply(data: ReplyData, language: string | undefined): ReplyData {
  if (!language || language === 'en') return data;
  return {
    ...data,
    answers: localizeSentences(data.answers, language),
    ...(data.actions ? { actions: localizeActions(data.actions, language) } : {}),
  };
}

/** The reply's events in `language`: fixed sentences come as whole deltas, so each is swapped as it passes. */
export async function* localizeReplyEvents(
  events: AsyncIterable<ReplyEvent>,
  language: string | undefined,
): AsyncGenerator<ReplyEvent> {
  for await (const event of events) {
    if (!language || language === 'en') yield event;
    else if (event.type === 'message-delta')
      yield { ...event, text: localizeSentences(event.text, language) };
    else if (event.type === 'message-end') yield { ...event, data: localizeReply(event.data, language) };
    else yield event;
  }
}
