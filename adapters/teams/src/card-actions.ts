/** The card's buttons (`adaptiveCard/action` invokes): feedback is stored, "Talk to a human" opens a ticket. */
import { chatVoice, type MessageFeedback, recordFeedback } from '@frontdesk/core';
import type { TurnContext } from '@microsoft/agents-hosting';
import type { AdapterContext } from './adapter-context.js';
import { CARD_VERBS } from './card.js';
import { channelKeyOf } from './conversation-reference.js';
import { requesterFromActivity } from './requester.js';
import { openTeamsTicket, plainConfirmation } from './tickets.js';

export interface InvokeResult {
  status: number;
  body?: unknown;
}

/** Universal Actions answer with a message Teams shows to the person who clicked. */
function messageResponse(text: string, status = 200): InvokeResult {
  return {
    status: 200,
    body: { statusCode: status, type: 'application/vnd.microsoft.activity.message', value: text },
  };
}

const FEEDBACK: Record<string, MessageFeedback> = {
  [CARD_VERBS.helpful]: 'helpful',
  [CARD_VERBS.notHelpful]: 'not-helpful',
};

/** Handles one card action; unknown verbs get a 400 as the Universal Actions protocol asks. */
export async function handleCardAction(context: AdapterContext, turn: TurnContext): Promise<InvokeResult> {
  const activity = turn.activity;
  const value = (activity.value ?? {}) as { action?: { verb?: string; data?: { messageId?: unknown } } };
  const verb = value.action?.verb ?? '';
  const messageId =
    typeof value.action?.data?.messageId === 'string' ? value.action.data.messageId : undefined;
  const feedback = FEEDBACK[verb];
  if (feedback && messageId) {
    const by = requesterFromActivity(activity).id ?? 'unknown';
    await recordFeedback(context.store, { messageId, feedback, by, now: context.clock.now() });
    const { words } = await chatVoice(activity.locale, context.store, context.settings);
    return messageResponse(feedback === 'helpful' ? words.thanksHelpful : words.thanksNotHelpful);
  }
  if (verb === CARD_VERBS.talkToHuman) {
    const opened = await openTeamsTicket(context, turn, {
      text: 'I would like to talk to a human.',
      channelKey: channelKeyOf(activity),
    });
    return messageResponse(plainConfirmation(opened.text));
  }
  return {
    status: 200,
    body: {
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'BadRequest', message: `Unknown action "${verb}"` },
    },
  };
}
