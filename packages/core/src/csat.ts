/** CSAT: after a ticket is resolved the requester is asked for a 1–5 rating, and the answer is kept. */
import { isButtonText } from './button-labels.js';
import type { ConversationStore } from './conversation-store.js';
import type { DeskStore } from './desk-store.js';
import type { IdSource } from './id-source.js';
import type { Conversation } from './records.js';

/** A question left unanswered this long is dropped; later digits are ordinary messages again. */
const CSAT_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export const CSAT_QUESTION =
  'Your ticket has been resolved. How satisfied are you with the help you got? Reply with a number from 1 (poor) to 5 (excellent).';

/** "4", "4/5", "4 stars", "⭐⭐⭐⭐" all rate 4; anything else is not an answer. */
export function parseCsatScore(text: string): number | undefined {
  const trimmed = text.trim();
  const digit = /^([1-5])\s*(?:\/\s*5|stars?)?\s*[.!]?$/i.exec(trimmed);
  if (digit) return Number(digit[1]);
  const stars = /^(?:⭐|★){1,5}$/u.exec(trimmed.replace(/\s+/g, ''));
  return stars ? [...stars[0]].length : undefined;
}

const markerKey = (conversationId: string) => `csat:${conversationId}`;
const commentKey = (conversationId: string) => `csat-comment:${conversationId}`;

/** After the thanks: a button that lets the person add a comment to their rating. */
export const CSAT_COMMENT_OFFER = 'Press "Add a comment" to tell us more.';
export const ADD_COMMENT = 'Add a comment';
/** A comment offer lapses after a day; by then the person has moved on. */
const COMMENT_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * The comment part of a rating: "Add a comment" asks for it, the next message is it. Anything
 * else withdraws the offer and is answered as usual (a new question is never taken as a comment).
 */
async function takeCsatComment(
  store: ConversationStore & DeskStore,
  options: { conversation: Conversation; text: string; now: number },
): Promise<string | undefined> {
  const key = commentKey(options.conversation.id);
  const marker = await store.getMarker(key, options.now);
  if (!marker) return undefined;
  const pending = JSON.parse(marker.value) as { id: string; state: 'offered' | 'awaiting' };
  const text = options.text.trim();
  if (pending.state === 'awaiting') {
    await store.commentCsat(pending.id, text.slice(0, 2000));
    await store.deleteMarker(key);
    return 'Thank you, your comment is saved and the team will read it.';
  }
  if (isButtonText('addComment', text)) {
    await store.putMarker({
      key,
      value: JSON.stringify({ ...pending, state: 'awaiting' }),
      expiresAt: options.now + COMMENT_TTL_MS,
    });
    return 'Please write your comment.';
  }
  await store.deleteMarker(key);
  return undefined;
}

/** Remembers that the conversation was asked about `ticketId`, so its next rating is recorded. */
export async function expectCsat(
  store: ConversationStore,
  options: { conversationId: string; ticketId: string; now: number },
): Promise<void> {
  await store.putMarker({
    key: markerKey(options.conversationId),
    value: options.ticketId,
    expiresAt: options.now + CSAT_TTL_MS,
  });
}

/**
 * When the conversation awaits a rating and `text` is one, stores it and returns the thanks to
 * send instead of an agent answer; otherwise undefined (the message goes to the agent).
 */
export async function takeCsatAnswer(
  deps: { store: ConversationStore & DeskStore; ids: IdSource },
  options: { conversation: Conversation; text: string; now: number },
): Promise<string | undefined> {
  const comment = await takeCsatComment(deps.store, options);
  if (comment) return comment;
  const score = parseCsatScore(options.text);
  if (score === undefined) return undefined;
  const key = markerKey(options.conversation.id);
  const marker = await deps.store.getMarker(key, options.now);
  if (!marker) return undefined;
  const saved = await deps.store.saveCsat({
    id: deps.ids.id('csat'),
    workspaceId: options.conversation.workspaceId,
    ticketId: marker.value,
    conversationId: options.conversation.id,
    score,
    createdAt: options.now,
  });
  await deps.store.deleteMarker(key);
  await deps.store.putMarker({
    key: commentKey(options.conversation.id),
    value: JSON.stringify({ id: saved.id, state: 'offered' }),
    expiresAt: options.now + COMMENT_TTL_MS,
  });
  return `Thank you for your rating (${score}/5)! ${CSAT_COMMENT_OFFER}`;
}
