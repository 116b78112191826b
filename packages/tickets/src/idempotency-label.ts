/** A short, label-safe form of an idempotency key (Jira labels take no spaces; ServiceNow correlation ids 100 chars). */
import { createHash } from 'node:crypto';

/** `frontdesk-` and 24 hex digits of the key's sha-256: the same key always gives the same label. */
export function idempotencyLabel(idempotencyKey: string): string {
  return `frontdesk-${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 24)}`;
}
