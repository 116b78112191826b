/** The port channels register to receive messages that are not replies (staff answers, ticket updates). */
import { type ErrorCode, FrontdeskError } from './errors.js';
import type { Conversation } from './records.js';
import type { Source, TicketDetails } from './wire.js';

export interface OutgoingMessage {
  /** Stable id; a channel that sees the same id twice delivers once. */
  id: string;
  kind: 'staff-reply' | 'ticket-update' | 'csat-question';
  text: string;
  sources?: Source[];
  ticket?: TicketDetails;
}

export interface DeliveryPort {
  /** The channel this port delivers to. */
  readonly channel: Conversation['channel'];
  deliver(conversation: Conversation, message: OutgoingMessage): Promise<void>;
}

/**
 * A delivery that can never succeed (the bot was removed, the conversation or channel is gone, the
 * token was revoked): the router marks it failed at once and never retries it. `reason` is the
 * platform's code (`BotNotInConversationRoster`, `channel_not_found`, …), shown to staff.
 */
export class PermanentDeliveryError extends FrontdeskError {
  readonly permanent = true;
  readonly reason: string;

  constructor(
    reason: string,
    message: string,
    options: { code?: ErrorCode; status?: number; cause?: unknown } = {},
  ) {
    super(options.code ?? 'not_found', options.status ?? 410, message, { cause: options.cause });
    this.reason = reason;
  }
}

/** True for a PermanentDeliveryError, also one from another copy of this package (`permanent: true`). */
export function isPermanentDeliveryError(error: unknown): error is PermanentDeliveryError {
  return (
    error instanceof PermanentDeliveryError ||
    (error instanceof Error && (error as { permanent?: unknown }).permanent === true)
  );
}
