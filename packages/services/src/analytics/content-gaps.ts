/** Questions the bot could not answer well, grouped by similar wording, so a team knows what to write next. */
import { questionTerms } from '@frontdesk/agents';
import { getFeedback, type Store, type StoredMessage } from '@frontdesk/core';

export type GapReason = 'no-answer' | 'not-helpful' | 'handover';

/** One group of similarly worded questions. */
export interface ContentGap {
  /** The most frequent wording in the group. */
  question: string;
  count: number;
  reasons: Record<GapReason, number>;
  /** Up to three other wordings. */
  examples: string[];
  lastAskedAt: number;
}

interface GapQuestion {
  text: string;
  reason: GapReason;
  at: number;
}

/** Two questions share a group when this share of their terms is the same (Jaccard). */
const SAME_GROUP = 0.5;

/**
 * Reads the latest `limit` conversations of the workspace (optionally one bot's) and returns the
 * gaps, most asked first: questions answered with "I couldn't find that", answers rated 👎, and
 * questions handed to a person (for "talk to a human", the question asked before it).
 */
export async function findContentGaps(
  store: Store,
  options: { workspaceId: string; botId?: string; limit: number; isNoAnswer: (text: string) => boolean },
): Promise<ContentGap[]> {
  const { conversations } = await store.listConversations(options.workspaceId, {
    limit: options.limit,
    offset: 0,
    ...(options.botId ? { botId: options.botId } : {}),
  });
  const questions: GapQuestion[] = [];
  for (const conversation of conversations) {
    const messages = await store.listMessages(conversation.id);
    questions.push(...(await gapsIn(store, messages, options.isNoAnswer)));
  }
  return groupQuestions(questions);
}

async function gapsIn(
  store: Store,
  messages: readonly StoredMessage[],
  isNoAnswer: (text: string) => boolean,
): Promise<GapQuestion[]> {
  const found: GapQuestion[] = [];
  let lastQuestion: StoredMessage | undefined;
  let questionBefore: StoredMessage | undefined;
  for (const message of messages) {
    if (message.role === 'user') {
      questionBefore = lastQuestion;
      lastQuestion = message;
      continue;
    }
    if (message.role !== 'assistant') continue;
    if (message.ticketId && lastQuestion) {
      const ticket = await store.getTicket(message.ticketId);
      if (ticket && ticket.trigger !== 'no-answer') {
        // "talk to a human" follows the question the person gave up on.
        const question = ticket.trigger === 'human-request' && questionBefore ? questionBefore : lastQuestion;
        found.push({ text: question.text, reason: 'handover', at: message.createdAt });
        continue;
      }
    }
    if (!lastQuestion) continue;
    if (message.sources.length === 0 && isNoAnswer(message.text)) {
      found.push({ text: lastQuestion.text, reason: 'no-answer', at: message.createdAt });
    } else if ((await getFeedback(store, message.id))?.feedback === 'not-helpful') {
      found.push({ text: lastQuestion.text, reason: 'not-helpful', at: message.createdAt });
    }
  }
  return found;
}

/** Greedy grouping: each question joins the first group whose first question it is close enough to. */
function groupQuestions(questions: readonly GapQuestion[]): ContentGap[] {
  const groups: { terms: Set<string>; members: GapQuestion[] }[] = [];
  for (const question of questions) {
    const terms = new Set(questionTerms(question.text));
    const group = groups.find((candidate) => jaccard(candidate.terms, terms) >= SAME_GROUP);
    if (group) group.members.push(question);
    else groups.push({ terms, members: [question] });
  }
  return groups
    .map(({ members }) => {
      const wordings = new Map<string, number>();
      for (const member of members) {
        const wording = member.text.trim();
        wordings.set(wording, (wordings.get(wording) ?? 0) + 1);
      }
      const ranked = [...wordings].sort((left, right) => right[1] - left[1]).map(([wording]) => wording);
      const reasons: Record<GapReason, number> = { 'no-answer': 0, 'not-helpful': 0, handover: 0 };
      for (const member of members) reasons[member.reason]++;
      return {
        question: ranked[0] ?? '',
        count: members.length,
        reasons,
        examples: ranked.slice(1, 4),
        lastAskedAt: Math.max(...members.map((member) => member.at)),
      };
    })
    .sort((left, right) => right.count - left.count || right.lastAskedAt - left.lastAskedAt);
}

function jaccard(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const term of left) if (right.has(term)) shared++;
  return shared / (left.size + right.size - shared);
}

/** The gaps as CSV (RFC 4180 quoting), one row per group. */
export function contentGapsCsv(gaps: readonly ContentGap[]): string {
  const quote = (value: string | number) => {
    const text = String(value);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const header = ['question', 'count', 'no_answer', 'not_helpful', 'handover', 'examples', 'last_asked_at'];
  const rows = gaps.map((gap) =>
    [
      gap.question,
      gap.count,
      gap.reasons['no-answer'],
      gap.reasons['not-helpful'],
      gap.reasons.handover,
      gap.examples.join(' | '),
      new Date(gap.lastAskedAt).toISOString(),
    ]
      .map(quote)
      .join(','),
  );
  return `${[header.join(','), ...rows].join('\r\n')}\r\n`;
}
