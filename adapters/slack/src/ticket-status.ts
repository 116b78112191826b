/** Shows a ticket's status as a reaction on the Slack message it came from (eyes → open, check → resolved). */
import type { TicketDetails } from '@frontdesk/core';
import type { AdapterContext } from './adapter-context.js';
import { redact } from './receiver.js';

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
  const ticketId = ticket.frontdeskId ?? ticket.id;
  const saved = known ? undefined : await context.store.getTicketOrigin(ticketId);
  const stored: TicketOrigin | undefined =
    known ??
    (saved
      ? {
          channel: saved.channelId,
          ts: saved.messageTs,
          ...(saved.statusEmoji ? { emoji: saved.statusEmoji } : {}),
        }
      : undefined);
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
  await context.store.saveTicketOrigin({
    ticketId,
    channelId: stored.channel,
    messageTs: stored.ts,
    statusEmoji: emoji,
    updatedAt: context.clock.now(),
  });
}

function ignore(code: string) {
  return (error: unknown) => {
    if ((error as { data?: { error?: string } }).data?.error !== code) throw error;
  };
}
