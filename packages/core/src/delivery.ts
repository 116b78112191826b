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

/**
 * What became of a delivery. `delivered`: the person's channel has it (a Slack or Teams message, an
 * open widget, an e-mail). `waiting`: it is saved in the conversation only, because nobody is there to
 * receive it now (a closed widget and no e-mail address); the person sees it when they come back.
 */
export type DeliveryOutcome = 'delivered' | 'waiting';

export interface DeliveryPort {
  /** The channel this port delivers to. */
  readonly channel: Conversation['channel'];
  /**
   * Resolves with the outcome (nothing means `delivered`). Throws `PermanentDeliveryError` when the
   * message can never arrive; any other error is retried with backoff.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: adapters that only send return Promise<void>
  deliver(conversation: Conversation, message: OutgoingMessage): Promise<DeliveryOutcome | void>;
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
