import { describe, expect, it } from 'vitest';
import { CSAT_QUESTION } from './csat.js';
import { EMAIL_ASK_TEXT, EMAIL_REQUIRED_TEXT } from './email-ask.js';
import { CONFIRM_QUESTION } from './escalation/confirmation.js';
import { HUMAN_OFFER_TEXT, replyActionsFor, TALK_TO_HUMAN } from './reply-actions.js';

describe('replyActionsFor', () => {
  it('offers 1–5 with a CSAT question, yes/no with a confirmation, a person after no answer', () => {
    expect(replyActionsFor(CSAT_QUESTION).map((action) => action.label)).toEqual(['1', '2', '3', '4', '5']);
    expect(replyActionsFor(`Hmm.\n\n${CONFIRM_QUESTION}`).map((action) => action.text)).toEqual([
      'Yes',
      'No',
    ]);
    expect(replyActionsFor(`I couldn't find that.\n\n${HUMAN_OFFER_TEXT}`)).toEqual([TALK_TO_HUMAN]);
  });

  it('lets an optional e-mail ask be skipped, never a required one, and adds nothing to answers', () => {
    expect(replyActionsFor(`Ticket opened.\n\n${EMAIL_ASK_TEXT}`).map((action) => action.label)).toEqual([
      'Skip',
    ]);
    expect(replyActionsFor(EMAIL_REQUIRED_TEXT)).toEqual([]);
    expect(replyActionsFor('Open Settings, then Security.')).toEqual([]);
  });
});
