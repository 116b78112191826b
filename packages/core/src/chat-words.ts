/**
 * The Slack and Teams adapters' own words (feedback buttons, card and Block Kit headings, the
 * streaming and thinking notes, their error messages, the staff-pause notice, the welcome) in the
 * widget's ten languages. The core's sentences and buttons have their own tables
 * (fixed-sentences.ts, button-labels.ts); these are what the adapters write themselves.
 */
import type { ButtonLanguage } from './button-labels.js';
import { EAST_CHAT_WORDS } from './chat-words-east.js';
import { WEST_CHAT_WORDS } from './chat-words-west.js';

/** A text that changes with a number: the forms of `Intl.PluralRules`, `other` always. */
export type PluralText = { other: string } & Partial<Record<'zero' | 'one' | 'two' | 'few' | 'many', string>>;

/** One language's words; `{user}`, `{percent}` and `{seconds}` stand for the filled-in parts. */
export interface ChatWords {
  /** Feedback buttons of an answer. */
  helpful: string;
  notHelpful: string;
  /** Headings and labels of an answer's sources and ticket. */
  sources: string;
  relevance: string;
  ticket: string;
  status: string;
  priority: string;
  link: string;
  viewTicket: string;
  /** Headings of later deliveries. */
  replyFromSupport: string;
  ticketUpdate: string;
  howDidWeDo: string;
  /** Teams' first streaming update. */
  lookingForAnswer: string;
  /** Slack's assistant status, shown after the app's name. */
  thinking: string;
  /** The title over Slack's suggested prompts. */
  howCanIHelp: string;
  /** An answer failed (Teams), or broke off part-way (Slack). */
  answerFailed: string;
  answerUnfinished: string;
  /** Rate limited: without a wait (Slack), and with one (Teams). */
  slowDown: string;
  tryAgainIn: PluralText;
  /** A ticket asked for from a Teams card or message action. */
  alreadyHandled: string;
  ticketNotOpened: string;
  /** The reply to a feedback button (Teams), and the note that replaces the buttons (Slack). */
  thanksHelpful: string;
  thanksNotHelpful: string;
  markedHelpful: string;
  markedNotHelpful: string;
  /** Slack's note when staff took over a thread, its button, and the note once pressed. */
  staffHandling: string;
  resumeAgent: string;
  agentResumed: string;
  /** `/frontdesk` without a question. */
  commandUsage: string;
  /** Teams' hello when the app is installed (unless the operator set their own). */
  welcome: string;
}

export const ENGLISH_CHAT_WORDS: ChatWords = {
  helpful: 'Helpful',
  notHelpful: 'Not helpful',
  sources: 'Sources',
  relevance: '{percent}% match',
  ticket: 'Ticket',
  status: 'Status',
  priority: 'Priority',
  link: 'Link',
  viewTicket: 'Open ticket',
  replyFromSupport: 'Reply from support',
  ticketUpdate: 'Ticket update',
  howDidWeDo: 'How did we do?',
  lookingForAnswer: 'Looking for an answer…',
  thinking: 'is thinking…',
  howCanIHelp: 'How can I help?',
  answerFailed: "Sorry, I couldn't answer that just now. Please try again in a moment.",
  answerUnfinished: "Sorry, I couldn't finish that answer. Please try again in a moment.",
  slowDown: "You're sending messages faster than I can answer. Please wait a moment and try again.",
  tryAgainIn: {
    one: "You're sending messages faster than I can answer. Please try again in {seconds} second.",
    other: "You're sending messages faster than I can answer. Please try again in {seconds} seconds.",
  },
  alreadyHandled: 'Your request is already being handled.',
  ticketNotOpened: 'Sorry, the ticket could not be opened. Please try again.',
  thanksHelpful: 'Thanks for the feedback!',
  thanksNotHelpful: "Thanks, I'll pass that on.",
  markedHelpful: 'Marked helpful by {user}. Thanks!',
  markedNotHelpful: 'Marked not helpful by {user}. Thanks!',
  staffHandling: "{user} is handling this thread, so I'll stay quiet here.",
  resumeAgent: 'Resume the agent',
  agentResumed: '{user} resumed the agent in this thread.',
  commandUsage:
    'Ask me anything with `/frontdesk your question`, open a ticket with `/frontdesk ticket what you need`, or (admins) choose the bot of this channel with `/frontdesk bot <name>`.',
  welcome:
    'Hi! I\'m the support assistant. Ask me a question here, or say "talk to a human" and I\'ll open a ticket for you.',
};

export const CHAT_WORDS: Record<ButtonLanguage, ChatWords> = {
  en: ENGLISH_CHAT_WORDS,
  ...WEST_CHAT_WORDS,
  ...EAST_CHAT_WORDS,
};

/** The language of the table for `language` (a code such as `de`, `de-AT` or `de_AT`); English for any other. */
function tableLanguage(language: string | undefined): ButtonLanguage {
  const code = language?.toLowerCase().split(/[-_]/)[0];
  return code && Object.hasOwn(CHAT_WORDS, code) ? (code as ButtonLanguage) : 'en';
}

/** The words in `language`; English for a language the table lacks. */
export function chatWords(language: string | undefined): ChatWords {
  return CHAT_WORDS[tableLanguage(language)];
}

/** `template` with each `{name}` replaced by `values[name]`; unknown names stay. */
export function fillWords(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : all,
  );
}

/** "Please try again in N seconds" in `language`, in the plural form N takes there. */
export function tryAgainInText(language: string | undefined, seconds: number): string {
  const code = tableLanguage(language);
  const forms = CHAT_WORDS[code].tryAgainIn;
  const form = new Intl.PluralRules(code).select(seconds) as keyof PluralText;
  return fillWords(forms[form] ?? forms.other, { seconds });
}
