/**
 * Buttons a reply offers (talk to a human, yes/no, a 1–5 rating): the core decides them from the
 * text it wrote, so a reply read back from history offers the same buttons as the live one.
 * Channels render them (widget buttons, Slack Block Kit, Teams suggested actions).
 */
import { ADD_COMMENT, CSAT_COMMENT_OFFER, CSAT_QUESTION } from './csat.js';
import { EMAIL_ASK_TEXT } from './email-ask.js';
import { CONFIRM_QUESTION } from './escalation/confirmation.js';
import type { ReplyAction } from './wire.js';

/** Said after an agent had no answer, when the policy offers a person instead of opening a ticket. */
export const HUMAN_OFFER_TEXT = 'Would you like to talk to a person from our support team?';

export const TALK_TO_HUMAN: ReplyAction = {
  kind: 'escalate',
  label: 'Talk to a human',
  text: 'Talk to a human',
};

const YES_NO: ReplyAction[] = [
  { kind: 'reply', label: 'Yes', text: 'Yes' },
  { kind: 'reply', label: 'No', text: 'No' },
];

const SKIP_EMAIL: ReplyAction = { kind: 'reply', label: 'Skip', text: 'Skip' };

const CSAT: ReplyAction[] = [1, 2, 3, 4, 5].map((score) => ({
  kind: 'csat',
  label: String(score),
  text: String(score),
}));

/** The buttons that go with a message the core wrote; none for anything else. */
export function replyActionsFor(text: string): ReplyAction[] {
  const trimmed = text.trimEnd();
  if (trimmed.endsWith(CSAT_QUESTION)) return CSAT;
  if (trimmed.endsWith(CSAT_COMMENT_OFFER)) return [{ kind: 'reply', label: ADD_COMMENT, text: ADD_COMMENT }];
  if (trimmed.endsWith(CONFIRM_QUESTION)) return YES_NO;
  if (trimmed.endsWith(HUMAN_OFFER_TEXT)) return [TALK_TO_HUMAN];
  if (trimmed.endsWith(EMAIL_ASK_TEXT)) return [SKIP_EMAIL];
  return [];
}

/** An agent's quick replies as the wire carries them: trimmed, non-empty, unique, at most 6 of 80 characters. */
export function cleanQuickReplies(replies: unknown): string[] {
  if (!Array.isArray(replies)) return [];
  const texts = replies
    .filter((reply): reply is string => typeof reply === 'string')
    .map((reply) => reply.trim().slice(0, 80))
    .filter(Boolean);
  return [...new Set(texts)].slice(0, 6);
}
