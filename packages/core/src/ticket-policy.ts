/** Opens a ticket for a conversation once per trigger, or links the one it already has. */
import type { Clock } from './clock.js';
import type { ConversationStore } from './conversation-store.js';
import { ticketDescription } from './escalation/ticket-description.js';
import type { Bot, Conversation, Ticket, TicketTrigger } from './records.js';
import type { TicketSink } from './ticket-sink.js';
import { summarise } from './transcript.js';

const TRIGGERS: TicketTrigger[] = [
  'human-request',
  'no-answer',
  'agent-request',
  'always',
  'keyword',
  'emoji',
  'ticket-type',
];

export interface OpenedTicket {
  ticket: Ticket;
  /** False when the conversation already had a ticket and this message was linked to it. */
  created: boolean;
}

function ticketKey(conversationId: string, trigger: TicketTrigger): string {
  return `${conversationId}:${trigger}`;
}

/** The ticket this conversation already has for any trigger, if any. */
export async function findConversationTicket(
  store: ConversationStore,
  conversation: Conversation,
): Promise<Ticket | undefined> {
  for (const trigger of TRIGGERS) {
    const ticket = await store.findTicketByIdempotencyKey(
      conversation.workspaceId,
      ticketKey(conversation.id, trigger),
    );
    if (ticket) return ticket;
  }
  return undefined;
}

/**
 * A conversation gets one ticket: a second trigger, or the same one again, links the existing
 * ticket instead of opening another. The sink gets an idempotency key, so retries are safe.
 */
export async function openTicket(
  deps: { store: ConversationStore; sink: TicketSink; clock: Clock },
  context: {
    bot: Bot;
    conversation: Conversation;
    trigger: TicketTrigger;
    text: string;
    /** What the agent asked for (trigger `agent-request`); fields it leaves out come from the policy. */
    request?: { summary: string; ticketType?: string; priority?: string };
    /** A link back to the channel's thread, when the channel has one. */
    link?: string;
  },
): Promise<OpenedTicket> {
  const existing = await findConversationTicket(deps.store, context.conversation);
  if (existing) return { ticket: existing, created: false };
  const messages = await deps.store.listMessages(context.conversation.id, { limit: 200 });
  const policy = context.bot.settings.ticketPolicy;
  const ticket = await deps.sink.create(
    {
      workspaceId: context.conversation.workspaceId,
      botId: context.bot.id,
      conversationId: context.conversation.id,
      trigger: context.trigger,
      type: context.request?.ticketType ?? policy.type,
      priority: context.request?.priority ?? policy.priority,
      summary: context.request?.summary || summarise(messages, context.text),
      description: ticketDescription(context.conversation, messages, context.link),
      requester: context.conversation.requester,
    },
    { idempotencyKey: ticketKey(context.conversation.id, context.trigger) },
  );
  return { ticket, created: true };
}

/** What the person reads when a ticket is opened for them or already exists. */
export function handoverText(opened: OpenedTicket, trigger: TicketTrigger): string {
  const id = opened.ticket.id;
  if (!opened.created) {
    return `You already have an open ticket (**${id}**) for this conversation. A member of our support team will reply here.`;
  }
  if (trigger === 'no-answer') {
    return `I've opened a ticket (**${id}**) so a member of our support team can help. They will reply here.`;
  }
  return `I've opened a ticket (**${id}**) for you. A member of our support team will reply here as soon as they can.`;
}
