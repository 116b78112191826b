/** Retry delays and failure reasons for outbox work (deliveries, ticket intents), shared by every retrier. */

/** The delay before attempt `attempt + 1` (attempt counts from 1), in milliseconds. */
export function backoffMs(
  attempt: number,
  options: { baseMs?: number; maxMs?: number; jitter?: boolean } = {},
): number {
  const base = options.baseMs ?? 1000;
  const max = options.maxMs ?? 5 * 60_000;
  const delay = Math.min(max, base * 2 ** Math.max(0, attempt - 1));
  if (options.jitter === false) return delay;
  // ±20 % so many entries failing together do not retry together.
  return Math.round(delay * (0.8 + Math.random() * 0.4));
}

/** A failure's reason for the outbox row: the message only, never a stack or a request with secrets. */
export function failureReason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 500);
}
