/**
 * What Slack and Teams say in a person's language. The core writes its fixed sentences and buttons
 * in English; a chat channel learns the person's locale (Teams on every activity, Slack from
 * `users.info`) and translates the reply on the way out, as the widget does for its visitors.
 * Ticket events pass untouched: channels read the English status (Slack's status reaction).
 * `chatVoice` adds the bot's canned replies in that language and the adapters' own words.
 */
import { type ButtonLanguage, localizeActions } from './button-labels.js';
import { cannedLocalizer, type Localizer } from './canned-replies.js';
import { type ChatWords, chatWords } from './chat-words.js';
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

/** How a chat channel speaks to one person: their language, and what is said in it. */
export interface ChatVoice extends Localizer {
  /** Undefined means English. */
  language: string | undefined;
  /** The adapters' own words (buttons, headings, notices) in the language. */
  words: ChatWords;
}

const ENGLISH: ChatVoice = { language: undefined, words: chatWords(undefined), text: (text) => text };

/**
 * How to speak to a person whose chat client says `locale`: their language when Frontdesk speaks
 * it, else the bot's `settings.widget.locale`, else English; `text` says the core's fixed
 * sentences and the bot's canned replies (`settings.widget.cannedReplies`) in it, `words` the
 * adapters' words. English needs no bot.
 */
export async function chatVoice(
  locale: string | undefined,
  store: Pick<WorkspaceStore, 'getBot'>,
  bot: { workspaceId: string; botId: string },
): Promise<ChatVoice> {
  const spoken = spokenLanguage(locale);
  if (spoken === 'en') return { ...ENGLISH, language: 'en' };
  const found = await store.getBot(bot.workspaceId, bot.botId);
  const language = spoken ?? found?.settings.widget?.locale;
  if (!language || language === 'en') return { ...ENGLISH, ...(language ? { language } : {}) };
  const local = found
    ? cannedLocalizer(found, language)
    : { text: (text: string) => localizeSentences(text, language) };
  return { language, words: chatWords(language), text: (text) => local.text(text) };
}

/** The core's sentences in `language`, when the caller has no bot's canned replies to add. */
const sentencesIn = (language: string | undefined): Localizer => ({
  text: (text) => localizeSentences(text, language),
});

/**
 * A finished reply with the core's sentences (through `local`, e.g. a `ChatVoice` that adds the
 * bot's canned replies) and button labels in `language`; other text stays.
 */
export function localizeReply(
  data: ReplyData,
  language: string | undefined,
  local: Localizer = sentencesIn(language),
): ReplyData {
  if (!language || language === 'en') return data;
  return {
    ...data,
    answers: local.text(data.answers),
    ...(data.actions ? { actions: localizeActions(data.actions, language) } : {}),
  };
}

/** The reply's events in `language`: fixed sentences come as whole deltas, so each is swapped as it passes. */
export async function* localizeReplyEvents(
  events: AsyncIterable<ReplyEvent>,
  language: string | undefined,
  local: Localizer = sentencesIn(language),
): AsyncGenerator<ReplyEvent> {
  for await (const event of events) {
    if (!language || language === 'en') yield event;
    else if (event.type === 'message-delta') yield { ...event, text: local.text(event.text) };
    else if (event.type === 'message-end')
      yield { ...event, data: localizeReply(event.data, language, local) };
    else yield event;
  }
}
