/**
 * The core's fixed sentences (the offer of a person, the ticket question, the e-mail question,
 * the hand-over, the rating question and their answers) in the widget's ten languages. The core
 * writes, stores and decides its buttons on the English text; a channel that knows the
 * conversation's language swaps each English sentence for its translation on the way out with
 * `localizeSentences`, like `localizeActions` does for the button labels.
 */
import { COMMENT_PROMPT, COMMENT_SAVED, CSAT_COMMENT_OFFER, CSAT_QUESTION, CSAT_THANKS } from './csat.js';
import { EMAIL_ASK_TEXT, EMAIL_REQUIRED_TEXT, EMAIL_SKIPPED_TEXT, EMAIL_THANKS_TEXT } from './email-ask.js';
import { CONFIRM_QUESTION, DECLINED_TEXT } from './escalation/confirmation.js';
import { EAST_SENTENCES } from './fixed-sentences-east.js';
import { WEST_SENTENCES } from './fixed-sentences-west.js';
import { NON_TEXT_REPLY } from './handle-incoming.js';
import type { TicketTrigger } from './records.js';
import { HUMAN_OFFER_TEXT } from './reply-actions.js';
import { handoverText, type OpenedTicket } from './ticket-policy.js';
import { localizeStatusUpdate } from './ticket-status-labels.js';

export type SentenceKey =
  | 'humanOffer'
  | 'confirmQuestion'
  | 'declined'
  | 'emailAsk'
  | 'emailRequired'
  | 'emailThanks'
  | 'emailSkipped'
  | 'handoverNew'
  | 'handoverNoAnswer'
  | 'handoverExisting'
  | 'csatQuestion'
  | 'csatThanks'
  | 'csatCommentOffer'
  | 'commentPrompt'
  | 'commentSaved'
  | 'nonText';

/** One language's sentences; `{ticket}`, `{address}` and `{score}` stand for the filled-in parts. */
export type SentenceTexts = Record<SentenceKey, string>;

const handover = (created: boolean, trigger: TicketTrigger) =>
  handoverText({ created, ticket: { id: '{ticket}' } } as unknown as OpenedTicket, trigger);

/** The English sentences exactly as the core writes them. */
export const ENGLISH_SENTENCES: SentenceTexts = {
  humanOffer: HUMAN_OFFER_TEXT,
  confirmQuestion: CONFIRM_QUESTION,
  declined: DECLINED_TEXT,
  emailAsk: EMAIL_ASK_TEXT,
  emailRequired: EMAIL_REQUIRED_TEXT,
  emailThanks: EMAIL_THANKS_TEXT,
  emailSkipped: EMAIL_SKIPPED_TEXT,
  handoverNew: handover(true, 'human-request'),
  handoverNoAnswer: handover(true, 'no-answer'),
  handoverExisting: handover(false, 'human-request'),
  csatQuestion: CSAT_QUESTION,
  csatThanks: CSAT_THANKS,
  csatCommentOffer: CSAT_COMMENT_OFFER,
  commentPrompt: COMMENT_PROMPT,
  commentSaved: COMMENT_SAVED,
  nonText: NON_TEXT_REPLY,
};

export const SENTENCES: Record<string, SentenceTexts> = {
  en: ENGLISH_SENTENCES,
  ...WEST_SENTENCES,
  ...EAST_SENTENCES,
};

/** What a placeholder matches: an id up to the bold mark, an address (no spaces), a score. */
const FILLS: Record<string, string> = { ticket: '(.+?)', address: '(\\S+)', score: '([1-5])' };
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each English sentence as a pattern, with the names of its placeholders in order. */
const PATTERNS = (Object.keys(ENGLISH_SENTENCES) as SentenceKey[]).map((key) => {
  const names: string[] = [];
  const source = escapeRegExp(ENGLISH_SENTENCES[key]).replace(/\\\{(\w+)\\\}/g, (_all, name: string) => {
    names.push(name);
    return FILLS[name] ?? '';
  });
  return { key, names, pattern: new RegExp(source, 'g') };
});

/** The sentences for `language` (a code such as `de` or `de-AT`), if the widget speaks it. */
export function sentencesFor(language: string | undefined): SentenceTexts | undefined {
  const code = language?.toLowerCase().split('-')[0];
  return code && code !== 'en' ? SENTENCES[code] : undefined;
}

/** `text` with each of the core's English fixed sentences in it said in `language`; other text stays. */
export function localizeSentences(text: string, language: string | undefined): string {
  const texts = sentencesFor(language);
  if (!texts) return text;
  let out = text;
  for (const { key, names, pattern } of PATTERNS) {
    out = out.replace(pattern, (...match: unknown[]) =>
      texts[key].replace(/\{(\w+)\}/g, (all, name: string) => {
        const at = names.indexOf(name);
        return at >= 0 ? String(match[at + 1]) : all;
      }),
    );
  }
  return localizeStatusUpdate(out, language);
}
