/** Applies a bot's escalation policy to one message: hand over at once, offer a ticket first, or let the agent answer. */
import type { Clock } from '../clock.js';
import type { ConversationStore } from '../conversation-store.js';
import type { Bot, Conversation, TicketTrigger } from '../records.js';
import { HUMAN_OFFER_TEXT } from '../reply-actions.js';
import { findConversationTicket, handoverText, type OpenedTicket, openTicket } from '../ticket-policy.js';
import type { TicketSink } from '../ticket-sink.js';
import { isWithinBusinessHours } from './business-hours.js';
import { CONFIRM_QUESTION, DECLINED_TEXT, offerTicket, takeOfferAnswer } from './confirmation.js';
import { type EscalationMatch, matchEscalation } from './match-rules.js';

export interface EscalationDeps {
  store: ConversationStore;
  sink: TicketSink;
  clock: Clock;
}

/** The message as the policy sees it. */
export interface EscalationContext {
  bot: Bot;
  conversation: Conversation;
  text: string;
  /** A channel button asked for a person (or confirmed the offer). */
  escalate?: boolean;
  /** A link back to the channel's thread, put on the ticket. */
  conversationLink?: string;
}

/** What the person is told instead of (or after) the agent's answer; `opened` when a ticket exists now. */
export interface Handover {
  text: string;
  opened?: OpenedTicket;
}

/** Opens (or links) the ticket and says so, with the off-hours message outside business hours. */
async function handOver(
  deps: EscalationDeps,
  context: EscalationContext,
  match: EscalationMatch,
): Promise<Handover> {
  const opened = await openTicket(deps, {
    ...context,
    trigger: match.trigger,
    // A ticket-type rule's type and priority; the summary still comes from the transcript.
    request: {
      summary: '',
      ...(match.type ? { ticketType: match.type } : {}),
      ...(match.priority ? { priority: match.priority } : {}),
    },
    ...(context.conversationLink ? { link: context.conversationLink } : {}),
  });
  const hours = context.bot.settings.ticketPolicy.businessHours;
  const offHours = hours && !isWithinBusinessHours(hours, deps.clock.now());
  const text = handoverText(opened, match.trigger);
  return { opened, text: offHours ? `${text}\n\n${hours.offHoursMessage}` : text };
}

/** Hands over now, or (policy `confirm`, no ticket yet, no button pressed) asks first. */
async function handOverOrOffer(
  deps: EscalationDeps,
  context: EscalationContext,
  match: EscalationMatch,
): Promise<Handover> {
  const policy = context.bot.settings.ticketPolicy;
  const ask =
    policy.handover === 'confirm' &&
    !context.escalate &&
    !(await findConversationTicket(deps.store, context.conversation));
  if (!ask) return handOver(deps, context, match);
  await offerTicket(deps.store, { conversationId: context.conversation.id, match, now: deps.clock.now() });
  return { text: CONFIRM_QUESTION };
}

/**
 * Before the agent: an answer to a pending offer, then the rules (button, always, ticket type,
 * keywords, emoji, asking for a human). Undefined means the agent answers.
 */
export async function escalateBeforeAgent(
  deps: EscalationDeps,
  context: EscalationContext,
): Promise<Handover | undefined> {
  // Offers exist under `confirm`, and after a no-answer that offered a person.
  const policy = context.bot.settings.ticketPolicy;
  const mayOffer = policy.handover === 'confirm' || (policy.noAnswer && policy.noAnswerHandover === 'offer');
  const answer = mayOffer
    ? await takeOfferAnswer(deps.store, {
        conversationId: context.conversation.id,
        text: context.text,
        ...(context.escalate ? { escalate: true } : {}),
        now: deps.clock.now(),
      })
    : undefined;
  if (answer?.kind === 'accepted') return handOver(deps, context, answer.match);
  if (answer?.kind === 'declined') return { text: DECLINED_TEXT };
  const match = matchEscalation(context.bot.settings.ticketPolicy, context);
  return match ? handOverOrOffer(deps, context, match) : undefined;
}

/** After an agent that had no answer: hand over (or offer to) when the policy says so. */
export async function escalateOnNoAnswer(
  deps: EscalationDeps,
  context: EscalationContext,
): Promise<Handover | undefined> {
  const policy = context.bot.settings.ticketPolicy;
  if (!policy.noAnswer) return undefined;
  const trigger: TicketTrigger = 'no-answer';
  // `confirm` asks its own yes/no question; `ticket` opens one at once.
  if (policy.noAnswerHandover === 'ticket' || policy.handover === 'confirm') {
    return handOverOrOffer(deps, context, { trigger });
  }
  // Offer, never impose: a conversation that has a ticket already just carries on.
  if (await findConversationTicket(deps.store, context.conversation)) return undefined;
  await offerTicket(deps.store, {
    conversationId: context.conversation.id,
    match: { trigger },
    now: deps.clock.now(),
  });
  return { text: HUMAN_OFFER_TEXT };
}
