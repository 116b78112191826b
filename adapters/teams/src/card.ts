/** The Adaptive Card of an answer: text, sources with relevance, ticket facts and the feedback actions. */
import { buttonLabel, type Source, type TicketDetails } from '@frontdesk/core';

export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** The verbs of the card's `Action.Execute` buttons; they come back as `adaptiveCard/action` invokes. */
export const CARD_VERBS = {
  helpful: 'helpful',
  notHelpful: 'not-helpful',
  talkToHuman: 'talk-to-human',
} as const;

export interface AnswerCardInput {
  /** The answer's markdown; left out when the message text already carries it (streamed answers). */
  answer?: string;
  sources: Source[];
  ticket?: TicketDetails;
  /** The core's id of the answer, so feedback is stored against it. */
  messageId?: string;
  /** Shown above everything, e.g. "Reply from support". */
  heading?: string;
  /** Offer Helpful / Not helpful / Talk to a human. */
  actions?: boolean;
  /** The person's language (`de`): "Talk to a human" is labelled in it; unset is English. */
  language?: string;
}

/** Only http(s) links reach a card or citation; anything else is dropped. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Characters that would turn a source name into markdown of its own. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\[\]()*_`#>])/g, '\\$1');
}

function sourceLine(source: Source, index: number): string {
  const url = safeUrl(source.url);
  const name = escapeMarkdown(source.name);
  const label = url ? `[${name}](${url})` : name;
  return `${index + 1}. ${label} · ${Math.round(source.score * 100)}% match`;
}

function ticketFacts(ticket: TicketDetails): Record<string, unknown>[] {
  const url = safeUrl(ticket.url);
  return [
    { type: 'TextBlock', text: 'Ticket', weight: 'Bolder', spacing: 'Medium' },
    {
      type: 'FactSet',
      facts: [
        { title: 'Ticket', value: ticket.id },
        { title: 'Status', value: ticket.status },
        { title: 'Priority', value: ticket.priority },
        ...(url ? [{ title: 'Link', value: `[Open ticket](${url})` }] : []),
      ],
    },
  ];
}

/** The plain-text version of an answer, for clients and notifications without cards. */
export function plainText(input: AnswerCardInput): string {
  const lines = [input.heading, input.answer].filter(Boolean) as string[];
  if (input.sources.length > 0) {
    lines.push(
      'Sources:',
      ...input.sources.map(
        (source, index) => `${index + 1}. ${source.name}${source.url ? ` (${source.url})` : ''}`,
      ),
    );
  }
  if (input.ticket) lines.push(`Ticket ${input.ticket.id}: ${input.ticket.status}`);
  return lines.join('\n');
}

/** Builds the card (Adaptive Cards 1.5, which Teams renders). */
export function answerCard(input: AnswerCardInput): Record<string, unknown> {
  const body: Record<string, unknown>[] = [];
  if (input.heading) body.push({ type: 'TextBlock', text: input.heading, weight: 'Bolder', wrap: true });
  if (input.answer) body.push({ type: 'TextBlock', text: input.answer, wrap: true });
  if (input.sources.length > 0) {
    body.push({ type: 'TextBlock', text: 'Sources', weight: 'Bolder', spacing: 'Medium' });
    input.sources.forEach((source, index) => {
      body.push({
        type: 'TextBlock',
        text: sourceLine(source, index),
        wrap: true,
        isSubtle: true,
        spacing: 'Small',
      });
    });
  }
  if (input.ticket) body.push(...ticketFacts(input.ticket));
  const data = { messageId: input.messageId };
  const actions =
    input.actions && input.messageId
      ? [
          { type: 'Action.Execute', title: 'Helpful', verb: CARD_VERBS.helpful, data },
          { type: 'Action.Execute', title: 'Not helpful', verb: CARD_VERBS.notHelpful, data },
          ...(input.ticket
            ? []
            : [
                {
                  type: 'Action.Execute',
                  // The verb, not the title, says what the button does: any language routes the same.
                  title: buttonLabel('talkToHuman', input.language),
                  verb: CARD_VERBS.talkToHuman,
                  data,
                },
              ]),
        ]
      : [];
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    fallbackText: plainText(input),
    body,
    ...(actions.length > 0 ? { actions } : {}),
  };
}
