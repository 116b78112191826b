/**
 * Signing in with e-mail and password: the matching member's password is checked (Argon2id), then a
 * session is made. A session is a personal access token of the member (role, revocation, expiry and
 * removal all work as for tokens) whose secret only ever travels in an HttpOnly cookie.
 */
import {
  AuthError,
  type Clock,
  type IdSource,
  type Member,
  RateLimitError,
  type RateLimiter,
  type Store,
  type Token,
  ValidationError,
} from '@frontdesk/core';
import { decoyHash, verifyPassword } from './passwords.js';
import { createToken } from './tokens.js';

/** How long a console session lasts. */
export const SESSION_MS = 12 * 60 * 60 * 1000;
/** Every session token has this name, so the token list shows them as what they are. */
export const SESSION_TOKEN_NAME = 'Console session';
/** Failed sign-ins allowed per account and address in the window; then a 429 until it ends. */
export const SIGN_IN_FAILURES = { points: 5, durationMs: 15 * 60 * 1000 };

export interface SignInDependencies {
  store: Store;
  clock: Clock;
  ids: IdSource;
  rateLimiter: RateLimiter;
}

export interface SignInInput {
  email: string;
  password: string;
  /** Needed only when the e-mail signs in to several workspaces. */
  workspaceId?: string | undefined;
  /** Who is asking (the request's address), for the lockout. */
  clientKey: string;
}

const WRONG = 'The e-mail or the password is wrong.';

function lockedOut(retryAfterMs: number): RateLimitError {
  const error = new RateLimitError(retryAfterMs, {
    limit: SIGN_IN_FAILURES.points,
    remaining: 0,
    resetMs: retryAfterMs,
  });
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  error.message = `Too many failed sign-ins for this account. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
  return error;
}

/**
 * Throws a 429 while the account is locked for this address. Only failures count; a limiter that
 * cannot tell its count without using it (no `used`) counts every attempt instead.
 */
async function checkLockout(deps: SignInDependencies, key: string): Promise<void> {
  if (deps.rateLimiter.used) {
    const used = await deps.rateLimiter.used(key, SIGN_IN_FAILURES);
    if (used.points >= SIGN_IN_FAILURES.points) throw lockedOut(used.resetMs);
    return;
  }
  const decision = await deps.rateLimiter.consume(key, [SIGN_IN_FAILURES]);
  if (!decision.allowed) throw lockedOut(decision.retryAfterMs);
}

/** Counts a failed sign-in (when the limiter can count failures alone). */
async function countFailure(deps: SignInDependencies, key: string): Promise<void> {
  if (deps.rateLimiter.used) await deps.rateLimiter.consume(key, [SIGN_IN_FAILURES]);
}

/** The member whose password this is, or undefined (the same 401 either way). */
async function findMember(deps: SignInDependencies, input: SignInInput): Promise<Member | undefined> {
  const email = input.email.trim().toLowerCase();
  const rows = (await deps.store.findPasswordsByEmail(email)).filter(
    (row) => input.workspaceId === undefined || row.workspaceId === input.workspaceId,
  );
  if (rows.length > 1) {
    throw new ValidationError('workspace: this e-mail signs in to several workspaces; name the workspace.');
  }
  const row = rows[0];
  // No such account still costs one hash, so timing does not tell which e-mails exist.
  const matches = await verifyPassword(row?.hash ?? (await decoyHash()), input.password);
  if (!row || !matches) return undefined;
  const member = await deps.store.getMember(row.workspaceId, row.memberId);
  // A member whose e-mail changed since must be given a password again.
  if (!member || member.email.toLowerCase() !== email) return undefined;
  return member;
}

/** Signs a member in: returns the session's secret (for the cookie), its token record and the member. */
export async function signIn(
  deps: SignInDependencies,
  input: SignInInput,
): Promise<{ secret: string; session: Token; member: Member }> {
  const email = input.email.trim().toLowerCase();
  const key = `sign-in:${email}:${input.clientKey}`;
  await checkLockout(deps, key);
  const member = await findMember(deps, input);
  if (!member) {
    await countFailure(deps, key);
    throw new AuthError(WRONG);
  }
  return { ...(await startSession(deps, member)), member };
}

/** A new session for `member`: a token of theirs that expires, named as a session. */
export async function startSession(
  deps: Pick<SignInDependencies, 'store' | 'clock' | 'ids'>,
  member: Member,
): Promise<{ secret: string; session: Token }> {
  const created = await createToken(
    deps.store,
    {
      workspaceId: member.workspaceId,
      name: SESSION_TOKEN_NAME,
      role: member.role,
      memberId: member.id,
      expiresAt: deps.clock.now() + SESSION_MS,
    },
    deps,
  );
  return { secret: created.token, session: created.record };
}
