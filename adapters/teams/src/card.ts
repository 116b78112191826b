/**
 * The Adaptive Card of an answer: text, sources with relevance, ticket facts and the feedback
 * actions, in the person's language.
 */
import {
  buttonLabel,
  type ChatWords,
  chatWords,
  fillWords,
  type Source,
  type TicketDetails,
  ticketStatusLabel,
} from '@frontdesk/core';

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
  /** The person's language (`de`): the card's words and "Talk to a human" are in it; unset is English. */
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

/** "85% match", in `words`' language. */
export function relevanceText(source: Source, words: ChatWords): string {
  return fillWords(words.relevance, { percent: Math.round(source.score * 100) });
}

function sourceLine(source: Source, index: number, words: ChatWords): string {
  const url = safeUrl(source.url);
  const name = escapeMarkdown(source.name);
  const label = url ? `[${name}](${url})` : name;
  return `${index + 1}. ${label} · ${relevanceText(source, words)}`;
}

function ticketFacts(ticket: TicketDetails, language: string | undefined): Record<string, unknown>[] {
  const words = chatWords(language);
  const url = safeUrl(ticket.url);
  return [
    { type: 'TextBlock', text: words.ticket, weight: 'Bolder', spacing: 'Medium' },
    {
      type: 'FactSet',
      facts: [
        { title: words.ticket, value: ticket.id },
        { title: words.status, value: ticketStatusLabel(ticket.status, language) },
        { title: words.priority, value: ticket.priority },
        ...(url ? [{ title: words.link, value: `[${words.viewTicket}](${url})` }] : []),
      ],
    },
  ];
}

/** The plain-text version of an answer, for clients and notifications without cards. */
export function plainText(input: AnswerCardInput): string {
  const words = chatWords(input.language);
  const lines = [input.heading, input.answer].filter(Boolean) as string[];
  if (input.sources.length > 0) {
    lines.push(
      `${words.sources}:`,
      ...input.sources.map(
        (source, index) => `${index + 1}. ${source.name}${source.url ? ` (${source.url})` : ''}`,
      ),
    );
  }
  if (input.ticket) {
    const status = ticketStatusLabel(input.ticket.status, input.language);
    lines.push(`${words.ticket} ${input.ticket.id}: ${status}`);
  }
  return lines.join('\n');
}

/** Builds the card (Adaptive Cards 1.5, which Teams renders). */
export function answerCard(input: AnswerCardInput): Record<string, unknown> {
  const words = chatWords(input.language);
  const body: Record<string, unknown>[] = [];
  if (input.heading) body.push({ type: 'TextBlock', text: input.heading, weight: 'Bolder', wrap: true });
  if (input.answer) body.push({ type: 'TextBlock', text: input.answer, wrap: true });
  if (input.sources.length > 0) {
    body.push({ type: 'TextBlock', text: words.sources, weight: 'Bolder', spacing: 'Medium' });
    input.sources.forEach((source, index) => {
      body.push({
        type: 'TextBlock',
        text: sourceLine(source, index, words),
        wrap: true,
        isSubtle: true,
        spacing: 'Small',
      });
    });
  }
  if (input.ticket) body.push(...ticketFacts(input.ticket, input.language));
  const data = { messageId: input.messageId };
  const actions =
    input.actions && input.messageId
      ? [
          { type: 'Action.Execute', title: words.helpful, verb: CARD_VERBS.helpful, data },
          { type: 'Action.Execute', title: words.notHelpful, verb: CARD_VERBS.notHelpful, data },
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
