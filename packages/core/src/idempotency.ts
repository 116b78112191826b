/** Idempotency keys: a retry within 24 h gets the first reply without running the agent again. */
import type { ConversationStore } from './conversation-store.js';
import { ConflictError, ValidationError } from './errors.js';
import type { ReplyData } from './wire.js';

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

interface IdempotencyRecord {
  fingerprint: string;
  state: 'pending' | 'done';
  /** The process (core instance) working on a pending key; another one finding it knows it died. */
  owner?: string;
  /** The conversation the pending request resolved, so a retry after a crash continues it. */
  conversationId?: string;
  messageId?: string;
  data?: ReplyData;
}

export type IdempotencyStart =
  | { kind: 'claimed'; conversationId?: string }
  | { kind: 'replay'; messageId: string; data: ReplyData };

function markerKey(workspaceId: string, key: string): string {
  return `idempotency:${workspaceId}:${key}`;
}

function judge(
  record: IdempotencyRecord,
  fingerprint: string,
  owner: string,
): IdempotencyStart | 'abandoned' {
  if (record.fingerprint !== fingerprint) {
    throw new ValidationError('This Idempotency-Key was already used with a different request body.');
  }
  if (record.state === 'pending' || !record.data) {
    // Claimed by a process that is gone (the server restarted): nobody will finish it.
    if (record.owner !== undefined && record.owner !== owner) return 'abandoned';
    throw new ConflictError('A request with this Idempotency-Key is still in progress; retry shortly.');
  }
  return { kind: 'replay', messageId: record.messageId ?? '', data: record.data };
}

/** Claims the key, or returns the stored reply, or throws (different body: 400; in progress: 409). */
export async function startIdempotent(
  store: ConversationStore,
  options: {
    workspaceId: string;
    key: string;
    fingerprint: string;
    now: number;
    pendingMs: number;
    /** This process; see IdempotencyRecord.owner. */
    owner: string;
  },
): Promise<IdempotencyStart> {
  const key = markerKey(options.workspaceId, options.key);
  const pending: IdempotencyRecord = {
    fingerprint: options.fingerprint,
    state: 'pending',
    owner: options.owner,
  };
  // A pending claim expires after the agent's time budget, so a crashed request does not block the key.
  const claimed = await store.claimMarker(
    { key, value: JSON.stringify(pending), expiresAt: options.now + options.pendingMs },
    options.now,
  );
  if (claimed) return { kind: 'claimed' };
  const existing = await store.getMarker(key, options.now);
  if (!existing) {
    // It expired between the two calls: claim again once.
    return startIdempotent(store, options);
  }
  const record = JSON.parse(existing.value) as IdempotencyRecord;
  const verdict = judge(record, options.fingerprint, options.owner);
  if (verdict !== 'abandoned') return verdict;
  // Take the key over and continue the same conversation, so the retry duplicates nothing.
  await store.putMarker({
    key,
    value: JSON.stringify({
      ...pending,
      ...(record.conversationId ? { conversationId: record.conversationId } : {}),
    }),
    expiresAt: options.now + options.pendingMs,
  });
  return { kind: 'claimed', ...(record.conversationId ? { conversationId: record.conversationId } : {}) };
}

/** Notes the conversation a pending request resolved, for a retry after a crash. */
export async function notePendingConversation(
  store: ConversationStore,
  options: {
    workspaceId: string;
    key: string;
    fingerprint: string;
    owner: string;
    conversationId: string;
    now: number;
    pendingMs: number;
  },
): Promise<void> {
  const record: IdempotencyRecord = {
    fingerprint: options.fingerprint,
    state: 'pending',
    owner: options.owner,
    conversationId: options.conversationId,
  };
  await store.putMarker({
    key: markerKey(options.workspaceId, options.key),
    value: JSON.stringify(record),
    expiresAt: options.now + options.pendingMs,
  });
}

/** Stores the finished reply under the key for 24 h. */
export async function finishIdempotent(
  store: ConversationStore,
  options: {
    workspaceId: string;
    key: string;
    fingerprint: string;
    now: number;
    messageId: string;
    data: ReplyData;
  },
): Promise<void> {
  const record: IdempotencyRecord = {
    fingerprint: options.fingerprint,
    state: 'done',
    messageId: options.messageId,
    data: options.data,
  };
  await store.putMarker({
    key: markerKey(options.workspaceId, options.key),
    value: JSON.stringify(record),
    expiresAt: options.now + IDEMPOTENCY_TTL_MS,
  });
}

/** Frees the key after a failure, so the client's retry runs again. */
export async function releaseIdempotent(
  store: ConversationStore,
  workspaceId: string,
  key: string,
): Promise<void> {
  await store.deleteMarker(markerKey(workspaceId, key));
}
