/** Shows a ticket's status as a reaction on the Slack message it came from (eyes → open, check → resolved). */
import type { TicketDetails } from '@frontdesk/core';
import type { AdapterContext } from './adapter-context.js';
import { markerKeys } from './keys.js';
import { redact } from './receiver.js';

/** The origin is remembered as long as a ticket is likely to stay open. */
const ORIGIN_TTL_MS = 180 * 24 * 60 * 60 * 1000;

export interface TicketOrigin {
  channel: string;
  ts: string;
  /** The reaction currently shown. */
  emoji?: string;
}

/** The reaction for a status: done → white_check_mark, waiting → hourglass, otherwise eyes (open). */
export function statusEmoji(status: string): string {
  const normalized = status.toLowerCase().replace(/[\s-]+/g, '_');
  if (/^(resolved|closed|done|solved|completed|cancel+ed)$/.test(normalized)) return 'white_check_mark';
  if (/^(pending|on_hold|waiting|waiting_on_customer|in_progress)$/.test(normalized))
    return 'hourglass_flowing_sand';
  return 'eyes';
}

/**
 * Moves the status reaction of a ticket's origin message to the ticket's current status. With
 * `known`, the origin is recorded first (the ticket was just opened from that message).
 */
export async function showTicketStatus(
  context: AdapterContext,
  ticket: TicketDetails,
  known?: TicketOrigin,
): Promise<void> {
  const key = markerKeys.ticketOrigin(ticket.frontdeskId ?? ticket.id);
  const now = context.clock.now();
  const stored = known ?? (await readOrigin(context, key, now));
  if (!stored) return;
  const emoji = statusEmoji(ticket.status);
  const { client } = context;
  try {
    if (stored.emoji && stored.emoji !== emoji) {
      await client.reactions
        .remove({ channel: stored.channel, timestamp: stored.ts, name: stored.emoji })
        .catch(ignore('no_reaction'));
    }
    if (stored.emoji !== emoji) {
      await client.reactions
        .add({ channel: stored.channel, timestamp: stored.ts, name: emoji })
        .catch(ignore('already_reacted'));
    }
  } catch (error) {
    context.logger.warn({ err: redact(error), ticketId: ticket.id }, 'slack: cannot show the ticket status');
  }
  await context.store.putMarker({
    key,
    value: JSON.stringify({ channel: stored.channel, ts: stored.ts, emoji }),
    expiresAt: now + ORIGIN_TTL_MS,
  });
}

async function readOrigin(
  context: AdapterContext,
  key: string,
  now: number,
): Promise<TicketOrigin | undefined> {
  const marker = await context.store.getMarker(key, now);
  return marker ? (JSON.parse(marker.value) as TicketOrigin) : undefined;
}

function ignore(code: string) {
  return (error: unknown) => {
    if ((error as { data?: { error?: string } }).data?.error !== code) throw error;
  };
}
