/** "Open a ticket?": the pending offer kept in a store marker until the person answers yes or no. */
import { isButtonText } from '../button-labels.js';
import type { ConversationStore } from '../conversation-store.js';
import type { EscalationMatch } from './match-rules.js';

/** An offer left unanswered this long lapses; a later "yes" is an ordinary message again. */
const OFFER_TTL_MS = 60 * 60 * 1000;

export const CONFIRM_QUESTION =
  'Would you like me to open a ticket for our support team? Reply "yes" to open one, or "no" to carry on here.';
export const DECLINED_TEXT = 'No problem, no ticket opened. Ask me anything else.';

const YES =
  /^(yes|y|yeah|yep|sure|ok|okay|please|yes,? please|please do|open (it|one|a ticket)|ja|oui|sí|si)[\s.!]*$/iu;
const NO = /^(no|n|nope|no,? thanks?|not now|cancel|nein|non)[\s.!]*$/iu;

const markerKey = (conversationId: string) => `escalation-offer:${conversationId}`;

/** Remembers that the conversation was asked, and for which rule. */
export async function offerTicket(
  store: ConversationStore,
  options: { conversationId: string; match: EscalationMatch; now: number },
): Promise<void> {
  await store.putMarker({
    key: markerKey(options.conversationId),
    value: JSON.stringify(options.match),
    expiresAt: options.now + OFFER_TTL_MS,
  });
}

/**
 * The person's answer to a pending offer: `accepted` with the rule it was for, `declined`, or
 * undefined when nothing was pending. Any other text withdraws the offer (the person moved on).
 */
export async function takeOfferAnswer(
  store: ConversationStore,
  options: { conversationId: string; text: string; escalate?: boolean; now: number },
): Promise<{ kind: 'accepted'; match: EscalationMatch } | { kind: 'declined' } | undefined> {
  const key = markerKey(options.conversationId);
  const marker = await store.getMarker(key, options.now);
  if (!marker) return undefined;
  await store.deleteMarker(key);
  const text = options.text.trim();
  if (options.escalate || YES.test(text) || isButtonText('yes', text)) {
    return { kind: 'accepted', match: JSON.parse(marker.value) as EscalationMatch };
  }
  return NO.test(text) || isButtonText('no', text) ? { kind: 'declined' } : undefined;
}
