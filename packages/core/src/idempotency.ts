/** Idempotency keys: a retry within 24 h gets the first reply without running the agent again. */
import type { ConversationStore } from './conversation-store.js';
import { ConflictError, ValidationError } from './errors.js';
import type { ReplyData } from './wire.js';

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

interface IdempotencyRecord {
  fingerprint: string;
  state: 'pending' | 'done';
  messageId?: string;
  data?: ReplyData;
}

export type IdempotencyStart = { kind: 'claimed' } | { kind: 'replay'; messageId: string; data: ReplyData };

function markerKey(workspaceId: string, key: string): string {
  return `idempotency:${workspaceId}:${key}`;
}

function judge(record: IdempotencyRecord, fingerprint: string): IdempotencyStart {
  if (record.fingerprint !== fingerprint) {
    throw new ValidationError('This Idempotency-Key was already used with a different request body.');
  }
  if (record.state === 'pending' || !record.data) {
    throw new ConflictError('A request with this Idempotency-Key is still in progress; retry shortly.');
  }
  return { kind: 'replay', messageId: record.messageId ?? '', data: record.data };
}

/** Claims the key, or returns the stored reply, or throws (different body: 400; in progress: 409). */
export async function startIdempotent(
  store: ConversationStore,
  options: { workspaceId: string; key: string; fingerprint: string; now: number; pendingMs: number },
): Promise<IdempotencyStart> {
  const key = markerKey(options.workspaceId, options.key);
  const pending: IdempotencyRecord = { fingerprint: options.fingerprint, state: 'pending' };
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
  return judge(JSON.parse(existing.value) as IdempotencyRecord, options.fingerprint);
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
