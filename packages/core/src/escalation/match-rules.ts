/** Which escalation rule, if any, a message meets before the agent is asked: the pure part of the policies. */
import type { TicketPolicy } from '../bot.js';
import { isHumanRequest } from '../human-request.js';
import type { TicketTrigger } from '../records.js';
import type { TicketTypeRule } from './escalation-schema.js';

/** Why to hand over, and the ticket type and priority a matching ticket-type rule gives. */
export interface EscalationMatch {
  trigger: TicketTrigger;
  type?: string;
  priority?: string;
}

const EMOJI_AT_START = /^\p{Extended_Pictographic}/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "refund" matches "Refund please" and "a refund?", not "refunded"; "/ticket" matches "/ticket now". */
function keywordPattern(keyword: string, anchored: boolean): RegExp {
  const before = anchored ? '^' : /^\w/.test(keyword) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = /\w$/.test(keyword) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${before}${escapeRegExp(keyword)}${after}`, 'iu');
}

function startsWithAny(text: string, keywords: string[]): boolean {
  return keywords.some((keyword) => keywordPattern(keyword, true).test(text));
}

function startsWithEmoji(text: string, only: string[]): boolean {
  return only.length > 0 ? only.some((emoji) => text.startsWith(emoji)) : EMOJI_AT_START.test(text);
}

/** The first ticket-type rule with a keyword anywhere in the text. */
export function matchTicketType(text: string, rules: TicketTypeRule[]): TicketTypeRule | undefined {
  return rules.find((rule) => rule.keywords.some((keyword) => keywordPattern(keyword, false).test(text)));
}

/**
 * Checks the policy's rules in a fixed order: a channel button (`escalate`), always, ticket type,
 * starts with, does not start with, emoji, asking for a human. A ticket-type rule that matches
 * gives its type and priority whichever rule fired.
 */
export function matchEscalation(
  policy: TicketPolicy,
  input: { text: string; escalate?: boolean },
): EscalationMatch | undefined {
  const text = input.text.trim();
  const typeRule = matchTicketType(text, policy.ticketTypes);
  const trigger = ((): TicketTrigger | undefined => {
    if (input.escalate) return 'human-request';
    if (policy.always) return 'always';
    if (typeRule) return 'ticket-type';
    if (startsWithAny(text, policy.startsWith)) return 'keyword';
    if (policy.notStartsWith.length > 0 && !startsWithAny(text, policy.notStartsWith)) return 'keyword';
    if (policy.emoji === 'starts' && startsWithEmoji(text, policy.emojiList)) return 'emoji';
    if (policy.emoji === 'not-starts' && !startsWithEmoji(text, policy.emojiList)) return 'emoji';
    if (policy.humanRequest && isHumanRequest(text)) return 'human-request';
    return undefined;
  })();
  if (!trigger) return undefined;
  return {
    trigger,
    ...(typeRule ? { type: typeRule.type } : {}),
    ...(typeRule?.priority ? { priority: typeRule.priority } : {}),
  };
}
