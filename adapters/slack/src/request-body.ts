/** Reads a Slack request body: JSON (events), or a form with a `payload` (interactivity) or fields (commands). */

import { parseJsonBounded } from '@frontdesk/core';

/** Slack's payloads are small; anything bigger is not from Slack. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** The parsed body, or undefined when it is neither JSON nor a form Slack sends. */
export function parseSlackBody(
  rawBody: string,
  contentType: string | null,
): Record<string, unknown> | undefined {
  try {
    if (contentType?.includes('application/json')) return asObject(parseJsonBounded(rawBody));
    const form = new URLSearchParams(rawBody);
    const payload = form.get('payload');
    if (payload !== null) return asObject(parseJsonBounded(payload));
    return Object.fromEntries(form.entries());
  } catch {
    return undefined;
  }
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
