/**
 * Block Kit for answers: text sections within 3,000 characters, sources, ticket, buttons; 50 blocks
 * a message. Headings, labels and buttons are in the person's `language` (unset is English).
 */
import {
  buttonLabel,
  chatWords,
  type ReplyAction,
  type ReplyData,
  type Source,
  type TicketDetails,
  ticketStatusLabel,
} from '@frontdesk/core';
import type { types } from '@slack/bolt';
import { escapeMrkdwn, mrkdwnLink, toMrkdwn } from './mrkdwn.js';

/** One Block Kit block of a message. */
export type KnownBlock = types.KnownBlock;

export const MAX_SECTION_TEXT = 3000;
export const MAX_BLOCKS = 50;
/** Context blocks hold at most 10 elements. */
const MAX_CONTEXT_ELEMENTS = 10;

export const actionIds = {
  helpful: 'frontdesk_helpful',
  notHelpful: 'frontdesk_not_helpful',
  human: 'frontdesk_human',
  resume: 'frontdesk_resume',
  /** The core's reply buttons (yes/no, a 1–5 rating, talk to a human): `frontdesk_reply_0`, `_1`, … */
  reply: 'frontdesk_reply_',
} as const;

/** Splits text into pieces of at most `limit` characters, preferring paragraph, line, then word breaks. */
export function splitText(text: string, limit = MAX_SECTION_TEXT): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    const cut = Math.max(window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf(' '));
    const at = cut > limit / 2 ? cut : limit;
    pieces.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** The answer's text as mrkdwn sections. */
export function textBlocks(markdown: string): KnownBlock[] {
  return splitText(toMrkdwn(markdown)).map((piece) => ({
    type: 'section',
    text: { type: 'mrkdwn', text: piece },
  }));
}

function sourceLabel(source: Source): string {
  const name = source.url ? mrkdwnLink(source.url, source.name) : escapeMrkdwn(source.name);
  return `${name} · ${Math.round(source.score * 100)}%`;
}

/** Sources as context blocks: links with their relevance. */
export function sourceBlocks(sources: Source[], language?: string): KnownBlock[] {
  const heading = `*${chatWords(language).sources}*`;
  const blocks: KnownBlock[] = [];
  for (let index = 0; index < sources.length; index += MAX_CONTEXT_ELEMENTS - 1) {
    const slice = sources.slice(index, index + MAX_CONTEXT_ELEMENTS - 1);
    blocks.push({
      type: 'context',
      elements: [
        ...(index === 0 ? [{ type: 'mrkdwn' as const, text: heading }] : []),
        ...slice.map((source) => ({ type: 'mrkdwn' as const, text: sourceLabel(source) })),
      ],
    });
  }
  return blocks;
}

/** A ticket as a section with its id, status (said in `language`) and link. */
export function ticketBlock(ticket: TicketDetails, language?: string): KnownBlock {
  const words = chatWords(language);
  const id = ticket.url ? mrkdwnLink(ticket.url, ticket.id) : escapeMrkdwn(ticket.id);
  const status = escapeMrkdwn(ticketStatusLabel(ticket.status, language));
  return {
    type: 'section',
    text: {
      type: 'mrkdwn',
      text: `:ticket: *${words.ticket} ${id}*\n${words.status}: *${status}* · ${words.priority}: ${escapeMrkdwn(ticket.priority)}`,
    },
  };
}

/**
 * "Helpful" / "Not helpful" (for this message) and "Talk to a human" (for this conversation), in
 * the person's `language`: a button's action id, not its label, says what it does.
 */
export function answerActions(conversationId: string, messageId: string, language?: string): KnownBlock {
  const words = chatWords(language);
  const value = `${conversationId}|${messageId}`;
  return {
    type: 'actions',
    block_id: `frontdesk_answer_${messageId}`.slice(0, 255),
    elements: [
      {
        type: 'button',
        action_id: actionIds.helpful,
        text: { type: 'plain_text', text: words.helpful },
        value,
      },
      {
        type: 'button',
        action_id: actionIds.notHelpful,
        text: { type: 'plain_text', text: words.notHelpful },
        value,
      },
      {
        type: 'button',
        action_id: actionIds.human,
        text: { type: 'plain_text', text: buttonLabel('talkToHuman', language) },
        value,
      },
    ],
  };
}

/**
 * The core's reply buttons; pressing one sends its text into the thread as the person who pressed
 * it (`value` is `{conversationId}|{kind}|{text}`).
 */
export function replyActionsBlock(conversationId: string, actions: ReplyAction[]): KnownBlock {
  return {
    type: 'actions',
    block_id: `frontdesk_reply_${conversationId}`.slice(0, 255),
    elements: actions.map((action, index) => ({
      type: 'button' as const,
      action_id: `${actionIds.reply}${index}`,
      text: { type: 'plain_text' as const, text: action.label },
      value: `${conversationId}|${action.kind}|${action.text}`.slice(0, 2000),
      ...(action.kind === 'escalate' ? { style: 'primary' as const } : {}),
    })),
  };
}

/** What follows the text: sources, the ticket, the core's reply buttons or the answer's own. */
export function trailerBlocks(data: ReplyData, messageId: string, language?: string): KnownBlock[] {
  const asks = data.actions && data.actions.length > 0;
  return [
    ...sourceBlocks(data.sources, language),
    ...(data.ticketDetails ? [ticketBlock(data.ticketDetails, language)] : []),
    asks
      ? replyActionsBlock(data.conversationId, data.actions ?? [])
      : answerActions(data.conversationId, messageId, language),
  ];
}

/** Cuts blocks into messages of at most 50 blocks each. */
export function chunkBlocks(blocks: KnownBlock[]): KnownBlock[][] {
  const messages: KnownBlock[][] = [];
  for (let index = 0; index < blocks.length; index += MAX_BLOCKS) {
    messages.push(blocks.slice(index, index + MAX_BLOCKS));
  }
  return messages;
}

/** A plain-text fallback for notifications, within Slack's 40,000 characters. */
export function fallbackText(markdown: string): string {
  const text = toMrkdwn(markdown);
  return text.length > 3000 ? `${text.slice(0, 2999)}…` : text || ' ';
}
