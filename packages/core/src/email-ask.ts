/**
 * "Where can the team reach you?": when a ticket opens for a web visitor whose address is
 * unknown, the reply asks for one (bot setting `widget.askEmail`), and the next message that is
 * an address becomes the requester's e-mail on the conversation and its tickets.
 */
import { isButtonText } from './button-labels.js';
import type { ConversationStore } from './conversation-store.js';
import type { Bot, Conversation } from './records.js';

export const EMAIL_ASK_TEXT =
  'If you leave before they answer, where can the team e-mail you? Write your address here.';
export const EMAIL_REQUIRED_TEXT = 'Please write your e-mail address so the team can reach you.';

/** An ask left unanswered this long lapses. */
const ASK_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const ADDRESS = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]{2,}$/;
const SKIP = /^(skip|no|no thanks?|nein|überspringen)[\s.!]*$/i;

const markerKey = (conversationId: string) => `email-ask:${conversationId}`;

/** The question to add to a handover, or undefined when the address is known or not wanted. */
export async function askForEmail(
  store: ConversationStore,
  options: { bot: Bot; conversation: Conversation; now: number },
): Promise<string | undefined> {
  const mode = options.bot.settings.widget.askEmail;
  if (options.conversation.channel !== 'web' || mode === 'off' || options.conversation.requester?.email) {
    return undefined;
  }
  await store.putMarker({
    key: markerKey(options.conversation.id),
    value: mode,
    expiresAt: options.now + ASK_TTL_MS,
  });
  return mode === 'required' ? EMAIL_REQUIRED_TEXT : EMAIL_ASK_TEXT;
}

/**
 * The reply to a message while an address is awaited: thanks for an address (stored), an
 * acknowledgement of "skip", the question again when the address is required; undefined lets
 * the message go to the agent (the visitor moved on from an optional ask).
 */
export async function takeEmailAnswer(
  store: ConversationStore,
  options: { conversation: Conversation; text: string; now: number },
): Promise<string | undefined> {
  const key = markerKey(options.conversation.id);
  const marker = await store.getMarker(key, options.now);
  if (!marker) return undefined;
  const text = options.text.trim();
  if (ADDRESS.test(text) && text.length <= 320) {
    const requester = { ...options.conversation.requester, email: text };
    await store.setRequester(options.conversation.id, requester, options.now);
    await store.deleteMarker(key);
    return `Thank you! The team's replies will also go to ${text}.`;
  }
  if (marker.value === 'required') return EMAIL_REQUIRED_TEXT;
  await store.deleteMarker(key);
  return SKIP.test(text) || isButtonText('skip', text) ? 'No problem: the team will reply here.' : undefined;
}
