/** Rate limits per client address for the widget API, on top of the core's per-visitor limits. */
import { RateLimitError, type RateLimiter, type RateLimitPolicy } from '@frontdesk/core';

/**
 * One address may hold many visitors (an office behind one NAT), so these are looser than the
 * per-visitor limits; they stop one machine from minting sessions or flooding the agent.
 */
export const ADDRESS_POLICIES: Record<'session' | 'message' | 'read' | 'upload', RateLimitPolicy> = {
  session: [{ points: 30, durationMs: 60_000 }],
  message: [{ points: 60, durationMs: 60_000 }],
  read: [{ points: 300, durationMs: 60_000 }],
  /** Attachments per visitor (the key is the visitor id, not an address). */
  upload: [
    { points: 20, durationMs: 60_000 },
    { points: 200, durationMs: 24 * 60 * 60_000 },
  ],
};

/** Throws a RateLimitError when `clientKey` is over the limit for `kind`; off when `enabled` is false. */
export async function limitAddress(
  limiter: RateLimiter,
  options: { enabled: boolean; kind: keyof typeof ADDRESS_POLICIES; clientKey: string },
): Promise<void> {
  if (!options.enabled) return;
  const decision = await limiter.consume(
    `widget-address:${options.kind}:${options.clientKey}`,
    ADDRESS_POLICIES[options.kind],
  );
  if (!decision.allowed) {
    throw new RateLimitError(decision.retryAfterMs, {
      limit: decision.limit,
      remaining: 0,
      resetMs: decision.resetMs,
    });
  }
}
