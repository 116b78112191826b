/** The session rules as one pure decision: answer, fall back, or stay silent, and what to store. */
import type { IncomingMessage } from '../incoming-message.js';
import type { Session } from '../session-store.js';
import { isIgnored } from './ignore-list.js';
import type { BotRules } from './rules-schema.js';
import { matchesTrigger } from './trigger.js';

/**
 * Why the bot did not answer a message. `staff-paused`: a staff message just paused the bot
 * (`stopBotFromMe`), which channels may announce; `staff`: a staff message the bot does not answer.
 */
export type SkipReason =
  | 'ignored'
  | 'staff'
  | 'staff-paused'
  | 'paused'
  | 'no-trigger'
  | 'finished'
  | 'debounced';

export interface SessionDecision {
  action: 'answer' | 'skip' | 'fallback';
  reason?: SkipReason;
  /** The session to save, or to delete; absent when nothing changes. */
  save?: Session;
  remove?: Session;
}

export interface DecideInput {
  rules: BotRules;
  /** The stored session of this bot and thread, if any. */
  session: Session | undefined;
  message: IncomingMessage;
  conversation: { id: string; workspaceId: string; botId: string; channelKey: string };
  now: number;
  /** The id a new session gets. */
  newId: string;
}

/** True when the session ended by inactivity: `expire` seconds since its last message. */
export function isExpired(rules: BotRules, session: Session, now: number): boolean {
  return rules.expire > 0 && now - session.lastActivityAt >= rules.expire * 1000;
}

/**
 * Applies, in order: ignore list, staff messages (`stopBotFromMe`, `listeningFromMe`), expiry,
 * pause, trigger (or fallback), finish keyword. A closed or expired session never blocks: the
 * next message that passes the trigger opens a new one.
 */
export function decideSession(input: DecideInput): SessionDecision {
  const { rules, session, message, conversation, now } = input;
  if (isIgnored(rules, message, conversation.channelKey)) return { action: 'skip', reason: 'ignored' };

  const base: Session = session ?? {
    id: input.newId,
    workspaceId: conversation.workspaceId,
    botId: conversation.botId,
    channelKey: conversation.channelKey,
    conversationId: conversation.id,
    status: 'closed',
    pausedBy: null,
    lastActivityAt: now,
    createdAt: now,
    updatedAt: now,
  };
  const live = session !== undefined && session.status !== 'closed' && !isExpired(rules, session, now);
  const ended = session !== undefined && !live;

  if (message.fromStaff) {
    if (rules.stopBotFromMe) {
      const pausedBy = message.requester?.id ?? 'staff';
      const already = live && session.status === 'paused';
      return {
        action: 'skip',
        reason: already ? 'staff' : 'staff-paused',
        save: already
          ? { ...session, lastActivityAt: now, updatedAt: now }
          : { ...base, status: 'paused', pausedBy, lastActivityAt: now, updatedAt: now },
      };
    }
    // Without `listeningFromMe` the bot leaves staff messages alone; with it, staff are answered like anyone.
    if (!rules.listeningFromMe) return { action: 'skip', reason: 'staff' };
  }

  // Asking for a human is answered even while staff hold the conversation: the ticket is the handover.
  if (live && session.status === 'paused' && !message.escalate) {
    return { action: 'skip', reason: 'paused', save: { ...session, lastActivityAt: now, updatedAt: now } };
  }

  const finishing = rules.keywordFinish !== '' && sameWords(message.text, rules.keywordFinish);
  if (finishing) {
    if (!live) return { action: 'skip', reason: 'finished' };
    return rules.keepOpen
      ? {
          action: 'skip',
          reason: 'finished',
          save: { ...session, status: 'closed', pausedBy: null, updatedAt: now },
        }
      : { action: 'skip', reason: 'finished', remove: session };
  }

  if (!live && !matchesTrigger(rules, message.text)) {
    // An ended session is tidied up; the person's next matching message opens a new one.
    const tidy = ended && session.status !== 'closed' ? closeOrRemove(rules, session, now) : {};
    return rules.fallbackBotId
      ? { action: 'fallback', ...tidy }
      : { action: 'skip', reason: 'no-trigger', ...tidy };
  }

  // Activity is stored with every answered message: `expire` counts from the last one exactly.
  const opened: Session = live
    ? { ...session, lastActivityAt: now, updatedAt: now }
    : { ...base, status: 'opened', pausedBy: null, lastActivityAt: now, createdAt: now, updatedAt: now };
  return { action: 'answer', save: opened };
}

function closeOrRemove(
  rules: BotRules,
  session: Session,
  now: number,
): Pick<SessionDecision, 'save' | 'remove'> {
  return rules.keepOpen
    ? { save: { ...session, status: 'closed', pausedBy: null, updatedAt: now } }
    : { remove: session };
}

function sameWords(text: string, keyword: string): boolean {
  return text.trim().toLowerCase() === keyword.trim().toLowerCase();
}
