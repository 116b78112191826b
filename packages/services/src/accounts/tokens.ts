/** Personal access tokens: created with a random secret, kept as a sha-256 hash, verified in constant time. */
import { createHash, timingSafeEqual } from 'node:crypto';
import {
  AuthError,
  type Clock,
  type IdSource,
  type RoleName,
  systemClock,
  type Token,
  type WorkspaceStore,
} from '@frontdesk/core';

/** Every generated token starts with this, so secret scanners and people recognise it. */
export const TOKEN_PREFIX = 'fd_';

/** How many leading characters of a token are kept in clear, to tell tokens apart in a list. */
const DISPLAY_PREFIX_LENGTH = 10;

/** `lastUsedAt` is refreshed at most this often per token, so requests do not all write. */
const TOUCH_INTERVAL_MS = 60_000;

/** Printable ASCII without spaces; longer values are not tokens of ours. */
const TOKEN_SHAPE = /^[\x21-\x7e]{1,512}$/;

export interface CreateTokenInput {
  workspaceId: string;
  name: string;
  role: RoleName;
  /** The member the token acts for. */
  memberId?: string | null;
  /** When the token stops working (ms); unset: never. */
  expiresAt?: number | null;
  /** Use this exact secret instead of generating one (FRONTDESK_BOOTSTRAP_TOKEN). */
  value?: string;
}

export interface TokenDependencies {
  clock: Clock;
  ids: IdSource;
}

/** The sha-256 of a token, hex; the only form a token is stored in. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Creates and stores a token; `token` is the secret, to show once and never again. */
export async function createToken(
  store: WorkspaceStore,
  input: CreateTokenInput,
  dependencies: TokenDependencies,
): Promise<{ token: string; record: Token }> {
  const token = input.value ?? `${TOKEN_PREFIX}${dependencies.ids.secret(32)}`;
  if (!TOKEN_SHAPE.test(token))
    throw new Error('A token must be 1 to 512 printable characters without spaces.');
  const record: Token = {
    id: dependencies.ids.id('tok'),
    workspaceId: input.workspaceId,
    name: input.name,
    role: input.role,
    prefix: token.slice(0, DISPLAY_PREFIX_LENGTH),
    hash: hashToken(token),
    createdAt: dependencies.clock.now(),
    lastUsedAt: null,
    revokedAt: null,
    ...(input.memberId ? { memberId: input.memberId } : {}),
    ...(input.expiresAt != null ? { expiresAt: input.expiresAt } : {}),
  };
  await store.createToken(record);
  return { token, record };
}

/** When each token was last touched, per store; in memory, so a restart touches once more. */
const lastTouches = new WeakMap<WorkspaceStore, Map<string, number>>();

function shouldTouch(store: WorkspaceStore, tokenId: string, now: number): boolean {
  let touches = lastTouches.get(store);
  if (!touches) {
    touches = new Map();
    lastTouches.set(store, touches);
  }
  const last = touches.get(tokenId);
  if (last !== undefined && now - last < TOUCH_INTERVAL_MS) return false;
  touches.set(tokenId, now);
  return true;
}

/** The token inside an `Authorization: Bearer …` header value; throws AuthError when absent or malformed. */
export function parseBearer(header: string | null | undefined): string {
  if (header === undefined || header === null || header.trim() === '') {
    throw new AuthError('Missing bearer token: send "Authorization: Bearer <token>".');
  }
  const match = /^Bearer +(\S+)\s*$/i.exec(header.trim());
  if (!match || !TOKEN_SHAPE.test(match[1]!)) {
    throw new AuthError('Malformed Authorization header: expected "Bearer <token>".');
  }
  return match[1]!;
}

/**
 * Checks an `Authorization` header value and returns the token record. Throws AuthError when the
 * header is missing or malformed, or the token is unknown, revoked or expired. Expiry is a field of
 * the row already read, so it costs no query.
 */
export async function verifyToken(
  store: WorkspaceStore,
  bearer: string | null | undefined,
  dependencies: { clock?: Clock } = {},
): Promise<Token> {
  const token = parseBearer(bearer);
  const hash = hashToken(token);
  const record = await store.findTokenByHash(hash);
  // The lookup is by hash, so timing says nothing about the secret; the comparison guards
  // against a store whose lookup is looser than equality (collation, prefix index).
  if (!record || !sameHash(record.hash, hash)) throw new AuthError('Unknown token.');
  if (record.revokedAt !== null) throw new AuthError('This token has been revoked.');
  const now = (dependencies.clock ?? systemClock).now();
  if (record.expiresAt != null && record.expiresAt <= now) throw new AuthError('This token has expired.');
  if (shouldTouch(store, record.id, now)) await store.touchToken(record.id, now);
  return record;
}

function sameHash(stored: string, computed: string): boolean {
  const left = Buffer.from(stored, 'hex');
  const right = Buffer.from(computed, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
